//! A plugin's client certificate answer checked as Go's `tls.X509KeyPair`
//! checks it for kubectl: PEM blocks found, the key parsed (RSA PKCS#1 or
//! PKCS#8, ECDSA P-256/P-384 SEC1 or PKCS#8, Ed25519 PKCS#8), and the key's
//! public half equal to the certificate's. Parsing and the comparison are
//! rustls's (with its ring provider); messages use Go's wording and never
//! contain the PEM text.

use rustls::crypto::ring::default_provider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::sign::CertifiedKey;
use rustls::{Error, InconsistentKeys};

/// `Err` holds Go's `tls:` / `x509:` reason.
pub fn verify_pair(cert_pem: &str, key_pem: &str) -> Result<(), &'static str> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert_pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|_| "tls: failed to find any PEM data in certificate input")?;
    if certs.is_empty() {
        return Err("tls: failed to find any PEM data in certificate input");
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes())
        .map_err(|_| "tls: failed to find any PEM data in key input")?;
    let signing = default_provider()
        .key_provider
        .load_private_key(key)
        .map_err(|_| "tls: failed to parse private key")?;
    match CertifiedKey::new(certs, signing).keys_match() {
        Ok(()) | Err(Error::InconsistentKeys(InconsistentKeys::Unknown)) => Ok(()),
        Err(Error::InconsistentKeys(InconsistentKeys::KeyMismatch)) => {
            Err("tls: private key does not match public key")
        }
        Err(_) => Err("x509: malformed certificate"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// Runs openssl in a fresh folder; `None` when openssl is missing.
    fn openssl(dir: &std::path::Path, args: &[&str]) -> Option<()> {
        let ok = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .ok()?
            .status
            .success();
        assert!(ok, "openssl {args:?} failed");
        Some(())
    }

    /// A self-signed certificate and its key, in the key format asked for.
    fn pair(
        dir: &std::path::Path,
        name: &str,
        genkey: &[&str],
        convert: Option<&[&str]>,
    ) -> Option<(String, String)> {
        let key = format!("{name}.key");
        let crt = format!("{name}.crt");
        let mut args = vec![genkey[0], "-out", &key];
        args.extend(&genkey[1..]);
        openssl(dir, &args)?;
        openssl(
            dir,
            &[
                "req", "-new", "-x509", "-key", &key, "-subj", "/CN=t", "-days", "1", "-out", &crt,
            ],
        )?;
        if let Some(conv) = convert {
            let mut args = conv.to_vec();
            args.extend(["-in", &key, "-out", "conv.key"]);
            openssl(dir, &args)?;
            std::fs::rename(dir.join("conv.key"), dir.join(&key)).unwrap();
        }
        Some((
            std::fs::read_to_string(dir.join(crt)).unwrap(),
            std::fs::read_to_string(dir.join(key)).unwrap(),
        ))
    }

    #[test]
    fn matching_pairs_pass_and_mismatched_ones_fail_with_gos_words() {
        let dir = std::env::temp_dir().join(format!("pk8s-certs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let rsa = ["genrsa", "2048"];
        let p256 = ["ecparam", "-name", "prime256v1", "-genkey", "-noout"];
        let p384 = ["ecparam", "-name", "secp384r1", "-genkey", "-noout"];
        let ed = ["genpkey", "-algorithm", "ed25519"];
        let to_pkcs1: &[&str] = &["rsa", "-traditional"];
        let to_pkcs8: &[&str] = &["pkcs8", "-topk8", "-nocrypt"];
        type Case<'a> = (&'a str, &'a [&'a str], Option<&'a [&'a str]>);
        let cases: [Case; 7] = [
            ("rsa1", &rsa, Some(to_pkcs1)),
            ("rsa8", &rsa, Some(to_pkcs8)),
            ("p256sec1", &p256, None),
            ("p256pk8", &p256, Some(to_pkcs8)),
            ("p384sec1", &p384, None),
            ("p384pk8", &p384, Some(to_pkcs8)),
            ("ed25519", &ed, None),
        ];
        let mut made = Vec::new();
        for (name, gen_args, conv) in cases {
            let Some((crt, key)) = pair(&dir, name, gen_args, conv) else {
                eprintln!("openssl missing: skipped");
                return;
            };
            assert_eq!(verify_pair(&crt, &key), Ok(()), "{name}");
            made.push((name, crt, key));
        }
        // Every certificate with the next pair's key: a mismatch.
        for i in 0..made.len() {
            let (a, crt, _) = &made[i];
            let (b, _, key) = &made[(i + 1) % made.len()];
            assert_eq!(
                verify_pair(crt, key),
                Err("tls: private key does not match public key"),
                "{a} cert with {b} key"
            );
        }
        // Two keys of the same kind differ too.
        let (crt2, _) = pair(&dir, "rsa-other", &rsa, None).unwrap();
        assert_eq!(
            verify_pair(&crt2, &made[0].2),
            Err("tls: private key does not match public key")
        );
        assert_eq!(
            verify_pair("not pem", &made[0].2),
            Err("tls: failed to find any PEM data in certificate input")
        );
        assert_eq!(
            verify_pair(
                &made[0].1,
                "-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----\n"
            ),
            Err("tls: failed to parse private key")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
