// Package: nanoFramework.System.Net 1.11.60
// Assembly: System.Net
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Net: X509Certificate(byte[]) (X509Certificates/X509Certificate.cs); SslProtocols
// (Security/NetworkSecurity.cs). Bodies throw; never shipped or run.
namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) => throw new NotImplementedException();
    }
}

namespace System.Net.Security
{
    public enum SslProtocols
    {
        None = 0,
        Tls12 = 3072,
        Tls13 = 12288
    }
}
