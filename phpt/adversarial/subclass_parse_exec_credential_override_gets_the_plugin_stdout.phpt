--TEST--
refresh() hands the plugin's stdout to a subclass's parseExecCredential() override, as PHP K8s's refresh() does; without an override nothing changes
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
class Counting extends ExecCredentialProvider
{
    public array $seen = [];
    protected function parseExecCredential(string $output): void
    {
        $this->seen[] = json_decode($output, true)['status']['token'] ?? '?';
        parent::parseExecCredential($output);
    }
}
class Own extends ExecCredentialProvider
{
    protected function parseExecCredential(string $output): void
    {
        // PHP K8s's own way: the subclass sets the token itself.
        $this->token = 'own:' . strlen($output);
        $this->expiresAt = new DateTimeImmutable('+1 hour');
    }
}
$d = test_dir();
write_answer($d, token_answer('tok-1', gmdate('Y-m-d\TH:i:s\Z', time() + 3600)));
$p = new Counting(plugin_exec($d));
echo $p->getToken(), ' ', $p->getToken(), "\n";
echo 'override saw: ', implode(',', $p->seen), '; runs: ', runs($d), "\n";
$p->refresh();
echo 'after refresh(): ', implode(',', $p->seen), '; runs: ', runs($d), "\n";
$answer = json_encode(token_answer('tok-1', gmdate('Y-m-d\TH:i:s\Z', time() + 3600)), JSON_UNESCAPED_SLASHES);
$o = new Own(plugin_exec($d));
echo $o->getToken() === 'own:' . strlen($answer) ? "own token returned\n" : "wrong token\n";
echo $o->getToken() === 'own:' . strlen($answer) ? 'same, runs: ' . runs($d) . "\n" : "wrong token\n";
$plain = new ExecCredentialProvider(plugin_exec($d));
echo $plain->getToken(), "\n";
?>
--EXPECT--
tok-1 tok-1
override saw: tok-1; runs: 1
after refresh(): tok-1,tok-1; runs: 2
own token returned
same, runs: 3
tok-1
