using System;
using System.Security.Cryptography;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Host.Adapters.Platform
{
    /// <summary><see cref="IRandomSource"/> on the host: the operating system's CSPRNG.</summary>
    public sealed class DotNetRandomSource : IRandomSource
    {
        /// <inheritdoc />
        public void Fill(byte[] buffer, int offset, int count) => RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
    }
}
