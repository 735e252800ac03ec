namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Classifies URL-style payment codes (Alipay, Alipay+ MPM, WeChat Pay, UPI, allow-listed hosts)
    /// from what <see cref="UrlParser"/> read, so the host judged is the host a browser or wallet would
    /// connect to. Their payee and amount are known only after the wallet resolves them, so nothing
    /// from the URL is spoken except the scheme or host.
    /// </summary>
    internal static class UrlPayload
    {
        /// <summary>The one host whose https URLs are Alipay codes without being configured.</summary>
        private const string AlipayHost = "qr.alipay.com";

        public static void Analyze(UrlParser u, string[] allowedHosts, FindingList f, PaymentIntent r)
        {
            byte[] t = u.Text;
            int rest = u.RestStart;
            int n = u.Length;
            r.Host = u.Host;
            if (u.Failure == FindingCode.None) r.ContentDigest = u.ContentDigest();

            if (u.Scheme == "weixin")
            {
                r.Kind = PayloadKind.WeChatPay;
                r.Scheme = "WeChat Pay";
                if (u.Failure != FindingCode.None)
                {
                    f.Error(u.Failure, null, "weixin:// URL cannot be parsed: " + u.Problem);
                }
                else if (!Contains(t, rest, n, "bizpayurl"))
                {
                    f.Error(FindingCode.UrlMalformed, null, "weixin:// URL is not a WeChat Pay code URL (no bizpayurl)");
                }

                return;
            }

            if (u.Scheme == "upi")
            {
                r.Kind = PayloadKind.Upi;
                r.Scheme = "UPI";
                if (u.Failure != FindingCode.None)
                {
                    f.Error(u.Failure, null, "upi:// URL cannot be parsed: " + u.Problem);
                }
                else if (!IsHost(u.Host, "pay") || rest >= n || t[rest] != (byte)'?')
                {
                    f.Error(FindingCode.UrlMalformed, null, "UPI URL is not a upi://pay? intent");
                }
                else if (!HasQueryValue(t, rest, n, "pa"))
                {
                    f.Error(FindingCode.UrlMalformed, null, "UPI intent without pa (payee address)");
                }

                return;
            }

            if (u.Failure != FindingCode.None)
            {
                r.Kind = PayloadKind.UnknownUrl;
                f.Error(u.Failure, null, "URL that a browser would not open as written: " + u.Problem + "; never opened");
                return;
            }

            bool https = u.Scheme == "https";
            bool http = https || u.Scheme == "http";
            if (!http || u.HostKind != UrlHostKind.Domain)
            {
                r.Kind = PayloadKind.UnknownUrl;
                string what = !http ? "scheme " + u.Scheme + ":" : "IP address host " + u.Host;
                f.Error(FindingCode.UrlNotAllowed, null, what + " is never a payment host; never opened");
                return;
            }

            bool allowed = IsAllowed(r.Host, allowedHosts);
            int payload = AlipayPlusPayload(t, rest, n);
            if (payload >= 0)
            {
                r.Kind = PayloadKind.AlipayPlusMpm;
                r.Scheme = "Alipay+";
                string problem = AlipayPlus.Check(t, payload, n);
                if (problem != null) f.Error(FindingCode.AlipayPlusMalformed, null, problem);
                if (!allowed)
                {
                    f.Warning(FindingCode.UrlNotAllowed, null, "host " + r.Host + " is not on the payment allow-list; the Alipay+ wallet resolves the code");
                }
            }
            else if (r.Host == AlipayHost)
            {
                r.Kind = PayloadKind.AlipayUrl;
                r.Scheme = "Alipay";
            }
            else if (allowed)
            {
                r.Kind = PayloadKind.PaymentUrl;
                r.Scheme = r.Host;
            }
            else
            {
                r.Kind = PayloadKind.UnknownUrl;
                f.Error(FindingCode.UrlNotAllowed, null, "URL host '" + r.Host + "' is not a known or allow-listed payment host; never opened");
                return;
            }

            if (!https) f.Error(FindingCode.UrlInsecure, null, "payment URL is not HTTPS");
        }

        /// <summary>
        /// True when the host equals an entry exactly (entries compared in lower case); subdomains must be
        /// listed one by one, and "qr.alipay.com." (trailing dot) is a different host from "qr.alipay.com".
        /// </summary>
        public static bool IsAllowed(string host, string[] allowedHosts)
        {
            if (allowedHosts == null || host == null || host.Length == 0) return false;
            for (int i = 0; i < allowedHosts.Length; i++)
            {
                string entry = allowedHosts[i];
                if (entry == null) continue;
                entry = entry.ToLower();
                if (host == entry) return true;
            }

            return false;
        }

        /// <summary>ASCII case-insensitive comparison of an opaque host with a lower-case name.</summary>
        private static bool IsHost(string host, string name)
        {
            return host != null && host.ToLower() == name;
        }

        /// <summary>Start of the base64 payload of a "/MPM/{version}/{payload}" path, or -1.</summary>
        private static int AlipayPlusPayload(byte[] b, int path, int e)
        {
            if (!Ascii.StartsWithIgnoreCase(b, path, e, "/MPM/")) return -1;
            int p = path + 5;
            int digits = p;
            while (p < e && b[p] >= (byte)'0' && b[p] <= (byte)'9') p++;
            if (p == digits || p >= e || b[p] != (byte)'/') return -1;
            return p + 1;
        }

        private static bool Contains(byte[] b, int s, int e, string needle)
        {
            for (int i = s; i + needle.Length <= e; i++)
            {
                if (Ascii.StartsWithIgnoreCase(b, i, e, needle)) return true;
            }

            return false;
        }

        /// <summary>True when the query starting at '?' has "name=" with a non-empty value.</summary>
        private static bool HasQueryValue(byte[] b, int query, int e, string name)
        {
            int i = query + 1;
            while (i < e)
            {
                int end = i;
                while (end < e && b[end] != (byte)'&' && b[end] != (byte)'#') end++;
                int n = name.Length;
                if (end - i > n + 1 && Ascii.StartsWithIgnoreCase(b, i, end, name) && b[i + n] == (byte)'=') return true;
                if (end < e && b[end] == (byte)'#') return false;
                i = end + 1;
            }

            return false;
        }
    }
}
