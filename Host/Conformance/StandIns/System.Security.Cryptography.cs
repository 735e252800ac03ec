// Package: nanoFramework.System.Security.Cryptography 1.0.43
// Assembly: nanoFramework.System.Security.Cryptography
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Security.Cryptography (System.Security.Cryptography/Aes.cs, CipherMode.cs,
// HMACSHA256.cs; the package's assembly is nanoFramework.System.Security.Cryptography). Bodies throw.
namespace System.Security.Cryptography
{
    public enum CipherMode
    {
        None = 0,
        CBC = 1,
        ECB = 2
    }

    public class Aes
    {
        public Aes(CipherMode mode) => throw new NotImplementedException();

        public byte[] Key
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public byte[] Encrypt(byte[] data) => throw new NotImplementedException();
    }

    public class HMACSHA256 : IDisposable
    {
        public static byte[] HashData(byte[] key, byte[] source) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
