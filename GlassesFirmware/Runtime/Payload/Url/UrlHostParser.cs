using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>What a parsed URL host is.</summary>
    internal enum UrlHostKind
    {
        /// <summary>No host was parsed (failure, or a scheme whose host is not read).</summary>
        None = 0,
        /// <summary>An ASCII domain name, lower case, exactly as a WHATWG parser serializes it.</summary>
        Domain,
        /// <summary>An IPv4 address in any of its written forms, serialized "a.b.c.d".</summary>
        IPv4,
        /// <summary>An IPv6 literal, serialized "[...]".</summary>
        IPv6,
        /// <summary>The host of a non-special scheme (upi://, weixin://): kept as written, may be empty.</summary>
        Opaque,
    }

    /// <summary>
    /// The WHATWG URL Standard's host parser (https://url.spec.whatwg.org/#host-parsing) on UTF-8 bytes,
    /// except that it implements no UTS #46 mapping: a host of a special scheme that is not ASCII once
    /// percent-decoded, or has a Punycode ("xn--") label, is refused with
    /// <see cref="FindingCode.UrlHostInternational"/> instead of being converted, so that no
    /// internationalized look-alike can equal an allow-listed ASCII host. Reused from scan to scan.
    /// </summary>
    internal sealed class UrlHostParser
    {
        private readonly int[] _pieces = new int[8];
        private byte[] _decoded = new byte[64];

        /// <summary>The serialized host, or null when parsing failed.</summary>
        public string Host;

        /// <summary>What <see cref="Host"/> is.</summary>
        public UrlHostKind Kind;

        /// <summary>Why parsing failed (<see cref="FindingCode.UrlUnparsable"/> or <see cref="FindingCode.UrlHostInternational"/>), or None.</summary>
        public FindingCode Failure;

        /// <summary>A sentence for logs saying what was wrong.</summary>
        public string Problem;

        /// <summary>Parses the host in [s, e) of a special (http, https, ws, wss, ftp) URL.</summary>
        public bool ParseSpecial(byte[] b, int s, int e)
        {
            Reset();
            if (s == e) return Fail(FindingCode.UrlUnparsable, "empty host");
            if (b[s] == (byte)'[') return ParseV6(b, s, e);

            // Percent-decode, then judge the bytes: an encoded dot or letter is the same host as the plain one.
            int n = Decode(b, s, e);
            for (int i = 0; i < n; i++)
            {
                if (_decoded[i] >= 0x80) return Fail(FindingCode.UrlHostInternational, "host is not ASCII; internationalized hosts are never matched");
                if (_decoded[i] >= (byte)'A' && _decoded[i] <= (byte)'Z') _decoded[i] += 32;
            }

            for (int i = 0; i < n; i++)
            {
                if (IsForbiddenDomainByte(_decoded[i])) return Fail(FindingCode.UrlUnparsable, "host has a forbidden character (code " + _decoded[i] + ")");
            }

            if (HasPunycodeLabel(n)) return Fail(FindingCode.UrlHostInternational, "host has a Punycode (xn--) label; internationalized hosts are never matched");
            if (IpAddress.EndsInNumber(_decoded, 0, n))
            {
                long address;
                if (!IpAddress.ParseV4(_decoded, 0, n, out address)) return Fail(FindingCode.UrlUnparsable, "host ends in a number but is not an IPv4 address");
                Host = IpAddress.SerializeV4(address);
                Kind = UrlHostKind.IPv4;
                return true;
            }

            Host = Utf8.GetString(_decoded, 0, n);
            Kind = UrlHostKind.Domain;
            return true;
        }

        /// <summary>Parses the host in [s, e) of a URL with a non-special scheme (an "opaque host").</summary>
        public bool ParseOpaque(byte[] b, int s, int e)
        {
            Reset();
            if (s < e && b[s] == (byte)'[') return ParseV6(b, s, e);
            // One pass: refuse forbidden code points, and percent-encode controls and non-ASCII bytes as the C0 control
            // percent-encode set says.
            char[] chars = new char[(e - s) * 3];
            int c = 0;
            for (int i = s; i < e; i++)
            {
                byte v = b[i];
                if (IsForbiddenHostByte(v)) return Fail(FindingCode.UrlUnparsable, "host has a forbidden character (code " + v + ")");
                if (v < 0x20 || v >= 0x7F)
                {
                    chars[c++] = '%';
                    chars[c++] = UpperHex(v >> 4);
                    chars[c++] = UpperHex(v & 15);
                }
                else
                {
                    chars[c++] = (char)v;
                }
            }

            Host = new string(chars, 0, c);
            Kind = UrlHostKind.Opaque;
            return true;
        }

        private bool ParseV6(byte[] b, int s, int e)
        {
            if (e - s < 2 || b[e - 1] != (byte)']') return Fail(FindingCode.UrlUnparsable, "IPv6 host without its closing ]");
            if (!IpAddress.ParseV6(b, s + 1, e - 1, _pieces)) return Fail(FindingCode.UrlUnparsable, "host is not a valid IPv6 address");
            Host = "[" + IpAddress.SerializeV6(_pieces) + "]";
            Kind = UrlHostKind.IPv6;
            return true;
        }

        private void Reset()
        {
            Host = null;
            Kind = UrlHostKind.None;
            Failure = FindingCode.None;
            Problem = null;
        }

        private bool Fail(FindingCode code, string problem)
        {
            Failure = code;
            Problem = problem;
            return false;
        }

        /// <summary>Percent-decodes [s, e) into the scratch buffer; a '%' without two hex digits stays as is.</summary>
        private int Decode(byte[] b, int s, int e)
        {
            if (_decoded.Length < e - s) _decoded = new byte[e - s];
            int n = 0;
            for (int i = s; i < e; i++)
            {
                int hi = i + 2 < e && b[i] == (byte)'%' ? IpAddress.HexDigit(b[i + 1]) : -1;
                int lo = hi >= 0 ? IpAddress.HexDigit(b[i + 2]) : -1;
                if (lo >= 0)
                {
                    _decoded[n++] = (byte)(hi * 16 + lo);
                    i += 2;
                }
                else
                {
                    _decoded[n++] = b[i];
                }
            }

            return n;
        }

        private bool HasPunycodeLabel(int n)
        {
            for (int i = 0; i + 4 <= n; i++)
            {
                bool labelStart = i == 0 || _decoded[i - 1] == (byte)'.';
                if (labelStart && _decoded[i] == (byte)'x' && _decoded[i + 1] == (byte)'n' && _decoded[i + 2] == (byte)'-' && _decoded[i + 3] == (byte)'-') return true;
            }

            return false;
        }

        /// <summary>NUL, tab, LF, CR, space, # / : &lt; &gt; ? @ [ \ ] ^ |.</summary>
        private static bool IsForbiddenHostByte(byte c)
        {
            // Hosts are mostly letters and digits: settle those first (from 'a' up, including non-ASCII, only '|' is forbidden).
            if (c >= (byte)'a') return c == (byte)'|';
            if ((c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'0' && c <= (byte)'9')) return false;
            return c == 0 || c == 9 || c == 10 || c == 13 || c == (byte)' ' || c == (byte)'#' || c == (byte)'/' || c == (byte)':'
                || c == (byte)'<' || c == (byte)'>' || c == (byte)'?' || c == (byte)'@' || c == (byte)'[' || c == (byte)'\\'
                || c == (byte)']' || c == (byte)'^' || c == (byte)'|';
        }

        /// <summary>A forbidden host byte, any C0 control, '%' or DEL.</summary>
        private static bool IsForbiddenDomainByte(byte c)
        {
            return IsForbiddenHostByte(c) || c < 0x20 || c == (byte)'%' || c == 0x7F;
        }

        private static char UpperHex(int v)
        {
            return (char)(v < 10 ? '0' + v : 'A' + v - 10);
        }
    }
}
