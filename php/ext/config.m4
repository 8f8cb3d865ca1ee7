dnl php_k8s_auth is written in Rust: configure finds cargo, make runs
dnl `cargo build --release` for the PHP that phpize belongs to, and
dnl `make install` installs modules/php_k8s_auth.so (what PIE runs);
dnl `make test` runs the .phpt suite in phpt/ against it.

PHP_ARG_ENABLE([php_k8s_auth],
  [whether to enable php_k8s_auth (Kubernetes exec credential plugins)],
  [AS_HELP_STRING([--enable-php_k8s_auth], [Build php_k8s_auth; needs cargo (Rust)])],
  [yes])

if test "$PHP_PHP_K8S_AUTH" != "no"; then
  AC_PATH_PROG([CARGO], [cargo], [no], [$PATH:$HOME/.cargo/bin])
  if test "$CARGO" = "no"; then
    AC_MSG_ERROR([cargo was not found: install Rust (https://rustup.rs, or Debian's cargo package) and re-run ./configure])
  fi
  dnl ext-php-rs wants a path to php-config, not a bare name.
  PHP_K8S_AUTH_PHP_CONFIG=`command -v "$PHP_CONFIG" || echo "$PHP_CONFIG"`
  PHP_K8S_AUTH_PHP=`$PHP_K8S_AUTH_PHP_CONFIG --php-binary`
  PHP_K8S_AUTH_ROOT=`cd "$srcdir/../.." && pwd`
  dnl make test: phpize's test target drops every extension= line of php.ini
  dnl and points extension_dir at modules/, but the suite uses posix, pcntl
  dnl and sockets: load those this PHP has as shared modules.
  PHP_K8S_AUTH_EXT_DIR=`$PHP_K8S_AUTH_PHP_CONFIG --extension-dir`
  PHP_K8S_AUTH_TEST_ARGS="-d extension_dir=$PHP_K8S_AUTH_EXT_DIR"
  for php_k8s_auth_ext in posix pcntl sockets; do
    if test -f "$PHP_K8S_AUTH_EXT_DIR/$php_k8s_auth_ext.so"; then
      PHP_K8S_AUTH_TEST_ARGS="$PHP_K8S_AUTH_TEST_ARGS -d extension=$php_k8s_auth_ext"
    fi
  done
  dnl No C sources: name the one folder the build writes, so phpize's
  dnl generated configure has a build folder to create.
  PHP_ADD_BUILD_DIR([modules])

  cat >>Makefile.objects <<EOF
all: modules/php_k8s_auth.so

modules/php_k8s_auth.so: $PHP_K8S_AUTH_ROOT/Cargo.toml \$(shell find $PHP_K8S_AUTH_ROOT/src -name '*.rs')
	cd $PHP_K8S_AUTH_ROOT && PHP="$PHP_K8S_AUTH_PHP" PHP_CONFIG="$PHP_K8S_AUTH_PHP_CONFIG" $CARGO build --release --target-dir "$PHP_K8S_AUTH_ROOT/target/phpize"
	mkdir -p modules
	cp "$PHP_K8S_AUTH_ROOT/target/phpize/release/libphp_k8s_auth.so" modules/php_k8s_auth.so

# make test: the .phpt suite in phpt/ with the module just built (the
# Makefile's own PHP_TEST_SHARED_EXTENSIONS knows only libtool modules).
TESTS = -q -j2 $PHP_K8S_AUTH_TEST_ARGS -d extension=\$(top_builddir)/modules/php_k8s_auth.so $PHP_K8S_AUTH_ROOT/phpt

clean: php_k8s_auth_clean
php_k8s_auth_clean:
	rm -f modules/php_k8s_auth.so
EOF
fi
