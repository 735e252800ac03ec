using System;
using System.Collections.Generic;
using System.Text;
using GlassesFirmware.Frame;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>The UART scanner stream parser against every split of a realistic module session.</summary>
    public class ScannerParsingTests
    {
        private static readonly byte[] Ack = { 0x04, 0xD0, 0x00, 0x00, 0xFF, 0x2C };
        private static readonly byte[] Nak = { 0x05, 0xD1, 0x00, 0x00, 0x01, 0xFF, 0x29 };

        private static readonly string[] Codes =
        {
            "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING6304A13A",
            "https://qr.alipay.com/fkx12345abcde",
            "WIFI:S:cafe;T:WPA;P:secret;;",
        };

        // What an ATOM QR sends in host mode: an ACK per command, then each code ended by TAB; plus a NAK and CR LF lines.
        private static byte[] Session()
        {
            var bytes = new List<byte>();
            bytes.AddRange(Ack);
            bytes.AddRange(Encoding.ASCII.GetBytes(Codes[0] + "\t"));
            bytes.AddRange(Nak);
            bytes.AddRange(Ack);
            bytes.AddRange(Encoding.ASCII.GetBytes(Codes[1] + "\r\n"));
            bytes.AddRange(Encoding.ASCII.GetBytes("\r\n" + Codes[2] + "\n"));
            return bytes.ToArray();
        }

        private static List<string> Drain(ScannerLineParser parser, int capacity = 512)
        {
            var result = new List<string>();
            var buffer = new byte[capacity];
            int n;
            while ((n = parser.Take(buffer, 0, capacity)) != 0)
            {
                result.Add(n == ScannedPayload.TooLong ? "<too long>" : Encoding.ASCII.GetString(buffer, 0, n));
            }

            return result;
        }

        [Fact]
        public void EverySplitIntoTwoReadsGivesTheSameCodes()
        {
            byte[] stream = Session();
            for (int split = 0; split <= stream.Length; split++)
            {
                var parser = new ScannerLineParser(8, 512, 100);
                parser.Feed(stream, 0, split, 0);
                parser.Feed(stream, split, stream.Length - split, 10);
                Assert.Equal(Codes, Drain(parser));
            }
        }

        [Fact]
        public void RandomChunkingGivesTheSameCodes()
        {
            byte[] stream = Session();
            var random = new Random(3);
            for (int round = 0; round < 500; round++)
            {
                var parser = new ScannerLineParser(8, 512, 100);
                int at = 0;
                long now = 0;
                while (at < stream.Length)
                {
                    int n = Math.Min(random.Next(1, 40), stream.Length - at);
                    parser.Feed(stream, at, n, now);
                    at += n;
                    now += random.Next(0, 50);
                }

                Assert.Equal(Codes, Drain(parser));
            }
        }

        [Fact]
        public void LongCodeIsDroppedWholeAndTheNextOneSurvives()
        {
            var parser = new ScannerLineParser(4, 64, 100);
            byte[] stream = Encoding.ASCII.GetBytes(new string('9', 65) + "\t" + Codes[2] + "\t");
            parser.Feed(stream, 0, stream.Length, 0);
            Assert.Equal(new[] { "<too long>", Codes[2] }, Drain(parser));
        }

        [Fact]
        public void CallerBufferTooSmallDropsThePayloadInsteadOfTruncating()
        {
            var parser = new ScannerLineParser(4, 512, 100);
            byte[] stream = Encoding.ASCII.GetBytes(Codes[1] + "\t");
            parser.Feed(stream, 0, stream.Length, 0);
            Assert.Equal(new[] { "<too long>" }, Drain(parser, 10));
        }

        [Fact]
        public void GapInsideALineDropsThePartialLineOnly()
        {
            var parser = new ScannerLineParser(4, 512, 100);
            byte[] half = Encoding.ASCII.GetBytes("garbage-from-power-up");
            byte[] code = Encoding.ASCII.GetBytes(Codes[1] + "\t");
            parser.Feed(half, 0, half.Length, 0);
            parser.Feed(code, 0, code.Length, 101);
            Assert.Equal(new[] { Codes[1] }, Drain(parser));
            Assert.Equal(1, parser.Garbled);
        }
    }
}
