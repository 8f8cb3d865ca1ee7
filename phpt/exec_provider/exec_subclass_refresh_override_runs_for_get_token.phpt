--TEST--
getToken() on a PHP subclass of ExecCredentialProvider goes through its refresh() override, whose parent::refresh() runs the plugin
--INI--
php_k8s_auth.cache=0
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;

class AuditedProvider extends ExecCredentialProvider
{
    public array $log = [];

    public function refresh(): void
    {
        $this->log[] = 'before';
        parent::refresh();
        $this->log[] = 'after';
    }
}

$dir = test_dir();
write_answer($dir, token_answer('tok-@RUN@'));
$p = new AuditedProvider(plugin_exec($dir));
var_dump($p->getToken());
var_dump($p->log, runs($dir));
var_dump($p->getToken(), count($p->log), runs($dir));
?>
--EXPECT--
string(5) "tok-1"
array(2) {
  [0]=>
  string(6) "before"
  [1]=>
  string(5) "after"
}
int(1)
string(5) "tok-1"
int(2)
int(1)
