using System;
using System.Linq;
using System.Text;
using GlassesFirmware.Payload;
using Xunit;

namespace GlassesFirmware.Host.Tests.Payload
{
    /// <summary>
    /// The SPD CRC32 against an implementation this project did not write: System.IO.Hashing's CRC-32 (the ISO-HDLC
    /// CRC of zlib and PNG) over the runtime's own CRC-32, and over SPAYD's canonical form for the analyzer's verdict;
    /// plus a descriptor with a CRC32 from another SPAYD implementation's tests (the spayd crate, computed by crc32fast).
    /// </summary>
    public class SpdCrc32Tests
    {
        [Fact]
        public void RuntimeCrc32EqualsSystemIoHashing()
        {
            var random = new Random(16);
            for (int n = 0; n < 300; n++)
            {
                byte[] data = new byte[random.Next(0, 700)];
                random.NextBytes(data);
                int s = data.Length == 0 ? 0 : random.Next(data.Length);
                uint expected = System.IO.Hashing.Crc32.HashToUInt32(data.AsSpan(s));
                Assert.Equal(expected, GlassesFirmware.Integrity.Crc32.Compute(data, s, data.Length - s));
            }

            Assert.Equal(0xCBF43926u, GlassesFirmware.Integrity.Crc32.Compute(Encoding.ASCII.GetBytes("123456789"), 0, 9));
        }

        // The spayd crate's crc32 tests (github.com/Korma-Chameleon/spayd, src/crc32.rs): ACC, AM, CC with CRC32 AAD80227,
        // in the crate's order and reordered (the canonical form sorts the attributes).
        [Theory]
        [InlineData("SPD*1.0*ACC:CZ5855000000001265098001*AM:100.00*CC:CZK*CRC32:AAD80227")]
        [InlineData("SPD*1.0*CC:CZK*AM:100.00*ACC:CZ5855000000001265098001*CRC32:AAD80227")]
        public void PublishedCrc32IsAccepted(string descriptor)
        {
            PaymentIntent r = new PayloadAnalyzer(new PayloadOptions()).Analyze(descriptor);
            Assert.Equal(PayloadKind.Spd, r.Kind);
            Assert.True(r.Accepted, string.Join(", ", r.Findings.Select(f => f.CodeName)));
            Assert.Equal(0xAAD80227u, Canonical(descriptor));
        }

        // Descriptors with a CRC32 computed here by System.IO.Hashing (never by the runtime), then one attribute changed.
        [Theory]
        [InlineData("SPD*1.0*ACC:CZ5855000000001265098001*AM:480.50*CC:CZK*MSG:Platba za elektrinu*X-VS:1234567890", "AM:480.50", "AM:480.60")]
        [InlineData("SPD*1.0*ACC:CZ5855000000001265098001+RZBCCZPP*RN:PETR DVORAK*AM:100.00*CC:CZK*X-VS:0987654321", "RN:PETR DVORAK", "RN:PAVEL DVORAK")]
        [InlineData("SPD*1.0*ACC:SK3112000000198742637541*AM:5*CC:EUR*X-KS:0308*MSG:%C5%BDIVNOST", "X-KS:0308", "X-KS:0309")]
        public void IndependentCrc32IsAcceptedAndAChangeUnderItIsNot(string descriptor, string field, string changed)
        {
            string crc = Canonical(descriptor + "*CRC32:0").ToString("X8");
            var analyzer = new PayloadAnalyzer(new PayloadOptions());
            PaymentIntent good = analyzer.Analyze(descriptor + "*CRC32:" + crc);
            Assert.True(good.Accepted, string.Join(", ", good.Findings.Select(f => f.CodeName)));
            PaymentIntent edited = analyzer.Analyze(descriptor.Replace(field, changed) + "*CRC32:" + crc);
            Assert.Contains(edited.Findings, f => f.Code == FindingCode.CrcMismatch);
            Assert.False(edited.Accepted);
        }

        /// <summary>SPAYD's canonical form (header, then the other attributes but CRC32 sorted, joined by '*'), hashed by System.IO.Hashing.</summary>
        private static uint Canonical(string descriptor)
        {
            string[] parts = descriptor.Split('*');
            var attributes = parts.Skip(2).Where(p => !p.StartsWith("CRC32:", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal);
            string canonical = parts[0] + "*" + parts[1] + "*" + string.Join("*", attributes);
            return System.IO.Hashing.Crc32.HashToUInt32(Encoding.UTF8.GetBytes(canonical));
        }
    }
}
