--TEST--
KUBERNETES_EXEC_INFO spec.cluster.server is normalised as kubectl does (query dropped, fragment escaped, scheme lowercased)
--SKIPIF--
<?php
require __DIR__ . '/../fixtures/kubectl.inc';
if (kubectl_bin() === null) die("skip no kubectl binary");
?>
--FILE--
<?php
require __DIR__ . '/../fixtures/lib.inc';
require __DIR__ . '/../fixtures/kubectl.inc';
compare_exec_info('query', "    server: https://127.0.0.1:1/p?a=1&b=2", true, V1);
compare_exec_info('fragment', "    server: https://127.0.0.1:1/p#frag", true, V1);
compare_exec_info('scheme case', "    server: HTTPS://LOCALHOST:1/A/", true, V1);
compare_exec_info('kept verbatim', "    server: https://[::1]:1//x/../y/", true, V1);
?>
--EXPECT--
query: identical
fragment: identical
scheme case: identical
kept verbatim: identical
