//! TLS for `whoami()` as kubectl sets it up: trust only the cluster's CA
//! (certificate-authority-data), check the certificate against the host of
//! the server URL or `tls-server-name` (also sent as SNI), or check nothing
//! with `insecure-skip-tls-verify`; present the plugin's client certificate.
//!
//! ureq's own rustls connector cannot take another name than the URL's host,
//! so this is a connector of our own in ureq's connector chain.

use std::fmt;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore, StreamOwned};
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, Transport,
    TransportAdapter,
};

/// What the TLS layer needs, taken from the cluster and the credential.
#[derive(Clone)]
pub struct TlsSettings {
    /// PEM bundle of the cluster's CA; `None`: the system has no other
    /// trust for us, so a server without a CA is an error unless insecure.
    pub ca_pem: Option<Vec<u8>>,
    /// The name the certificate must carry (tls-server-name or the URL host).
    pub server_name: String,
    pub insecure: bool,
    /// PEM certificate chain and key from the plugin's answer.
    pub client_cert: Option<(Vec<u8>, Vec<u8>)>,
}

impl fmt::Debug for TlsSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsSettings")
            .field("server_name", &self.server_name)
            .field("insecure", &self.insecure)
            .field("client_cert", &self.client_cert.is_some())
            .finish_non_exhaustive()
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Builds the rustls configuration; errors are messages for the user.
pub fn client_config(s: &TlsSettings) -> Result<ClientConfig, String> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup failed: {e}"))?;
    let builder = if s.insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification(
                provider.signature_verification_algorithms,
            )))
    } else {
        let pem = s.ca_pem.as_deref().ok_or(
            "the cluster has no certificate-authority or certificate-authority-data, so the server's certificate cannot be checked; add the cluster's CA to the kubeconfig",
        )?;
        let mut roots = RootCertStore::empty();
        let mut any = false;
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|e| {
                format!("the cluster's certificate-authority is not a PEM certificate bundle ({e})")
            })?;
            roots
                .add(cert)
                .map_err(|e| format!("the cluster's certificate-authority holds a certificate that cannot be used as a CA ({e})"))?;
            any = true;
        }
        if !any {
            return Err("the cluster's certificate-authority holds no PEM certificate (-----BEGIN CERTIFICATE-----)".into());
        }
        builder.with_root_certificates(roots)
    };
    let mut config = match &s.client_cert {
        None => builder.with_no_client_auth(),
        Some((cert, key)) => {
            let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert)
                .collect::<Result<_, _>>()
                .map_err(|_| "the plugin's client certificate is not PEM".to_owned())?;
            let key = PrivateKeyDer::from_pem_slice(key)
                .map_err(|_| "the plugin's client key is not a PEM private key".to_owned())?;
            builder
                .with_client_auth_cert(chain, key)
                // rustls' message names the problem, never the key bytes.
                .map_err(|e| {
                    format!("the plugin's client certificate and key cannot be used: {e}")
                })?
        }
    };
    config.enable_sni = true;
    Ok(config)
}

/// Accepts any certificate (insecure-skip-tls-verify) but still checks that
/// the server holds the key of the certificate it shows.
#[derive(Debug)]
struct NoVerification(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_schemes()
    }
}

/// The TLS step of the connector chain. It keeps the last handshake error,
/// because ureq reports it only as an I/O error.
pub struct TlsConnector {
    config: Arc<ClientConfig>,
    name: ServerName<'static>,
    pub last_error: Arc<Mutex<Option<rustls::Error>>>,
}

impl TlsConnector {
    pub fn new(s: &TlsSettings) -> Result<Self, String> {
        let name = ServerName::try_from(s.server_name.clone()).map_err(|_| {
            format!(
                "{:?} cannot be checked as a TLS server name (not a DNS name or IP address)",
                super::shorten(&s.server_name)
            )
        })?;
        Ok(TlsConnector {
            config: Arc::new(client_config(s)?),
            name,
            last_error: Arc::new(Mutex::new(None)),
        })
    }
}

impl fmt::Debug for TlsConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConnector").finish_non_exhaustive()
    }
}

impl<In: Transport> Connector<In> for TlsConnector {
    type Out = Either<In, TlsTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        let mut conn = ClientConnection::new(self.config.clone(), self.name.clone())
            .map_err(|e| ureq::Error::Io(std::io::Error::other(e)))?;
        let mut sock = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        sock.set_timeout(details.timeout);
        if let Err(e) = conn.complete_io(&mut sock) {
            if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                *self.last_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(tls.clone());
            }
            return Err(ureq::Error::Io(e));
        }
        let buffers = LazyBuffers::new(
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        );
        Ok(Some(Either::B(TlsTransport {
            buffers,
            stream: StreamOwned { conn, sock },
        })))
    }
}

pub struct TlsTransport {
    buffers: LazyBuffers,
    stream: StreamOwned<ClientConnection, TransportAdapter>,
}

impl fmt::Debug for TlsTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsTransport").finish_non_exhaustive()
    }
}

impl Transport for TlsTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        self.stream.write_all(output)?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = self.stream.read(input)?;
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// A rustls handshake error as a sentence for the user.
pub fn explain(e: &rustls::Error, s: &TlsSettings, tls_server_name_set: bool) -> String {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(C::UnknownIssuer) | rustls::Error::InvalidCertificate(C::BadSignature) => {
            "TLS: the server's certificate is not signed by the cluster's certificate-authority; check certificate-authority(-data) in the kubeconfig".into()
        }
        rustls::Error::InvalidCertificate(C::NotValidForName)
        | rustls::Error::InvalidCertificate(C::NotValidForNameContext { .. }) => format!(
            "TLS: the server's certificate is not valid for {:?}{}",
            super::shorten(&s.server_name),
            if tls_server_name_set {
                " (tls-server-name); check tls-server-name in the kubeconfig"
            } else {
                " (the host of the server URL); set tls-server-name to a name the certificate carries"
            }
        ),
        rustls::Error::InvalidCertificate(C::Expired)
        | rustls::Error::InvalidCertificate(C::ExpiredContext { .. }) => {
            "TLS: the server's certificate has expired".into()
        }
        other => format!("TLS: {other}"),
    }
}
