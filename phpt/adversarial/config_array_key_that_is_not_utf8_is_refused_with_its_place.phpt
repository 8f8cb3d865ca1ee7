--TEST--
An array key that is not valid UTF-8 anywhere in the exec configuration or cluster info is refused with an AuthenticationException naming where it is (not an internal error)
--FILE--
<?php
use RenokiCo\PhpK8s\Auth\ExecCredentialProvider;
use RenokiCo\PhpK8s\Exceptions\AuthenticationException;

foreach ([
    ['command' => 'x', "k\xff" => 1],
    ['command' => 'x', 'env' => [['name' => 'A', "v\xfe" => 'b']]],
] as $config) {
    try {
        new ExecCredentialProvider($config);
        echo "accepted\n";
    } catch (AuthenticationException $e) {
        echo $e->getMessage(), "\n";
    }
}
$p = new ExecCredentialProvider(['command' => 'x']);
try {
    $p->setClusterInfo(['server' => 'https://a', 'config' => ["\xc3" => 1]]);
    echo "accepted\n";
} catch (AuthenticationException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
Invalid exec credential configuration: $execConfig has a key that is not valid UTF-8
Invalid exec credential configuration: $execConfig["env"][0] has a key that is not valid UTF-8
Invalid cluster info: $clusterInfo["config"] has a key that is not valid UTF-8
