using GlassesFirmware.Integrity;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Reads an absolute URL up to its host and port the way the WHATWG URL Standard's basic URL parser
    /// does (https://url.spec.whatwg.org/#concept-basic-url-parser), which is how browsers and wallets
    /// will read it: leading and trailing C0 controls and spaces are stripped, tabs and newlines
    /// removed anywhere, the scheme is case-folded, special schemes (http, https, ws, wss, ftp, file)
    /// take any run of '/' or '\' after "scheme:" and end the authority at '/', '\', '?' or '#', the
    /// credentials end at the authority's last '@', and the host is parsed by <see cref="UrlHostParser"/>.
    /// Text that is not a special-scheme URL and has no "//" authority (WIFI:, mailto:) is not a URL
    /// here. Reused from scan to scan; the cleaned text lives in <see cref="Text"/>.
    /// </summary>
    internal sealed class UrlParser
    {
        private readonly UrlHostParser _host = new UrlHostParser();
        private byte[] _text = new byte[256];

        /// <summary>The input without outer controls and spaces, tabs and newlines; '\' read as '/' in a special path.</summary>
        public byte[] Text
        {
            get { return _text; }
        }

        /// <summary>Number of valid bytes in <see cref="Text"/>.</summary>
        public int Length;

        /// <summary>The scheme in lower case ("https", "upi").</summary>
        public string Scheme;

        /// <summary>True for the WHATWG special schemes (http, https, ws, wss, ftp, file).</summary>
        public bool Special;

        /// <summary>Where the credentials ("user:password" before the last '@') lie in <see cref="Text"/>; -1 when there are none.</summary>
        public int CredentialsStart;

        /// <summary>End of the credentials (the index of the '@').</summary>
        public int CredentialsEnd;

        /// <summary>The serialized host (ASCII lower case for special schemes), or null.</summary>
        public string Host;

        /// <summary>What <see cref="Host"/> is.</summary>
        public UrlHostKind HostKind;

        /// <summary>The port, or -1 when absent or the scheme's default.</summary>
        public int Port;

        /// <summary>Start in <see cref="Text"/> of what follows the authority: path, query and fragment.</summary>
        public int RestStart;

        /// <summary>Why the URL cannot be parsed, or None.</summary>
        public FindingCode Failure;

        /// <summary>A sentence for logs saying what was wrong, or null.</summary>
        public string Problem;

        /// <summary>
        /// Parses [s, e). False when the text is not a URL with an authority at all; true otherwise, with
        /// <see cref="Failure"/> set when a WHATWG parser would reject it (never guessed).
        /// </summary>
        public bool Parse(byte[] b, int s, int e)
        {
            while (s < e && b[s] <= 0x20) s++;
            while (e > s && b[e - 1] <= 0x20) e--;
            if (_text.Length < e - s) _text = new byte[e - s];
            int n = 0;
            for (int i = s; i < e; i++)
            {
                byte c = b[i];
                if (c != 9 && c != 10 && c != 13) _text[n++] = c;
            }

            Length = n;
            int colon = SchemeEnd(n);
            if (colon < 0) return false;
            Scheme = LowerAscii(0, colon);
            Special = DefaultPort(Scheme) != -1 || Scheme == "file";
            int p = colon + 1;
            bool slashes = n - p >= 2 && _text[p] == (byte)'/' && _text[p + 1] == (byte)'/';
            if (!Special && !slashes) return false;

            CredentialsStart = -1;
            CredentialsEnd = -1;
            Host = null;
            HostKind = UrlHostKind.None;
            Port = -1;
            Failure = FindingCode.None;
            Problem = null;
            RestStart = p;
            if (Scheme == "file") return true;
            if (Special)
            {
                while (p < n && (_text[p] == (byte)'/' || _text[p] == (byte)'\\')) p++;
            }
            else
            {
                p += 2;
            }

            int end = p;
            while (end < n && !EndsAuthority(_text[end])) end++;
            RestStart = end;
            if (Special)
            {
                for (int i = end; i < n && _text[i] != (byte)'?' && _text[i] != (byte)'#'; i++)
                {
                    if (_text[i] == (byte)'\\') _text[i] = (byte)'/';
                }
            }

            return ParseAuthority(p, end);
        }

        /// <summary>
        /// Digest of the parsed URL: scheme, credentials, serialized host and non-default port, then path,
        /// query and fragment as cleaned (no percent-encoding normalization). Only meaningful without
        /// <see cref="Failure"/>.
        /// </summary>
        public long ContentDigest()
        {
            long h = Fnv1a64.Add(Fnv1a64.Offset, Scheme);
            h = Fnv1a64.Add(h, "://");
            if (CredentialsStart >= 0)
            {
                h = Fnv1a64.Add(Fnv1a64.Add(h, _text, CredentialsStart, CredentialsEnd), '@');
            }

            if (Host != null) h = Fnv1a64.Add(h, Host);
            if (Port >= 0) h = Fnv1a64.Add(Fnv1a64.Add(h, ':'), Port.ToString());
            return Fnv1a64.Add(h, _text, RestStart, Length);
        }

        private bool ParseAuthority(int p, int end)
        {
            int hostStart = p;
            for (int i = p; i < end; i++)
            {
                if (_text[i] == (byte)'@') hostStart = i + 1;
            }

            if (hostStart > p)
            {
                CredentialsStart = p;
                CredentialsEnd = hostStart - 1;
                if (hostStart == end) return Fail(FindingCode.UrlUnparsable, "credentials without a host");
            }

            // The port follows the first ':' outside an IPv6 literal's brackets.
            int hostEnd = hostStart;
            bool inBrackets = false;
            while (hostEnd < end)
            {
                byte c = _text[hostEnd];
                if (c == (byte)'[') inBrackets = true;
                else if (c == (byte)']') inBrackets = false;
                else if (c == (byte)':' && !inBrackets) break;
                hostEnd++;
            }

            if (hostEnd < end)
            {
                if (hostEnd == hostStart) return Fail(FindingCode.UrlUnparsable, "port without a host");
                if (!ParsePort(hostEnd + 1, end)) return true;
            }

            bool parsed = Special ? _host.ParseSpecial(_text, hostStart, hostEnd) : _host.ParseOpaque(_text, hostStart, hostEnd);
            if (!parsed) return Fail(_host.Failure, _host.Problem);
            Host = _host.Host;
            HostKind = _host.Kind;
            return true;
        }

        /// <summary>Reads the port; false, with <see cref="Failure"/> set, when it is not a number up to 65535.</summary>
        private bool ParsePort(int s, int e)
        {
            int port = 0;
            for (int i = s; i < e; i++)
            {
                byte c = _text[i];
                if (c < (byte)'0' || c > (byte)'9') return !Fail(FindingCode.UrlUnparsable, "port is not a number");
                port = port * 10 + (c - '0');
                if (port > 65535) return !Fail(FindingCode.UrlUnparsable, "port is above 65535");
            }

            Port = e == s || port == DefaultPort(Scheme) ? -1 : port;
            return true;
        }

        /// <summary>Records why the URL cannot be parsed; true, because the text is still a URL (a refused one).</summary>
        private bool Fail(FindingCode code, string problem)
        {
            Failure = code;
            Problem = problem;
            return true;
        }

        /// <summary>Index of the ':' ending a scheme (a letter, then letters, digits, '+', '-', '.'), or -1.</summary>
        private int SchemeEnd(int n)
        {
            if (n == 0 || !IsLetter(_text[0])) return -1;
            for (int i = 1; i < n; i++)
            {
                byte c = _text[i];
                if (c == (byte)':') return i;
                bool other = (c >= (byte)'0' && c <= (byte)'9') || c == (byte)'+' || c == (byte)'-' || c == (byte)'.';
                if (!IsLetter(c) && !other) return -1;
            }

            return -1;
        }

        private bool EndsAuthority(byte c)
        {
            return c == (byte)'/' || c == (byte)'?' || c == (byte)'#' || (Special && c == (byte)'\\');
        }

        private string LowerAscii(int s, int e)
        {
            char[] chars = new char[e - s];
            for (int i = s; i < e; i++) chars[i - s] = (char)Ascii.Lower(_text[i]);
            return new string(chars);
        }

        /// <summary>The default port of a special scheme other than file, or -1.</summary>
        private static int DefaultPort(string scheme)
        {
            if (scheme == "http" || scheme == "ws") return 80;
            if (scheme == "https" || scheme == "wss") return 443;
            return scheme == "ftp" ? 21 : -1;
        }

        private static bool IsLetter(byte c)
        {
            return (c >= (byte)'a' && c <= (byte)'z') || (c >= (byte)'A' && c <= (byte)'Z');
        }
    }
}
