using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Classifies URL-style payment codes (Alipay, Alipay+ MPM, WeChat Pay, UPI, allow-listed hosts).
    /// Their payee and amount are known only after the wallet resolves them, so nothing from the URL
    /// is spoken except the scheme or host.
    /// </summary>
    internal static class UrlPayload
    {
        /// <summary>Index just past "://" when [s, e) starts with a URI scheme and "://", else -1.</summary>
        public static int AfterScheme(byte[] b, int s, int e)
        {
            for (int i = s; i < e && i - s <= 32; i++)
            {
                byte c = b[i];
                bool letter = (c >= (byte)'a' && c <= (byte)'z') || (c >= (byte)'A' && c <= (byte)'Z');
                bool other = (c >= (byte)'0' && c <= (byte)'9') || c == (byte)'+' || c == (byte)'-' || c == (byte)'.';
                if (letter || (i > s && other)) continue;
                if (c == (byte)':' && i > s && e - i >= 3 && b[i + 1] == (byte)'/' && b[i + 2] == (byte)'/') return i + 3;
                return -1;
            }

            return -1;
        }

        public static void Analyze(byte[] b, int s, int e, int afterScheme, string[] allowedHosts, FindingList f, PaymentIntent r)
        {
            // Authority: up to the first '/', '?' or '#'; the host follows any "user@" and precedes any ":port".
            int authorityEnd = afterScheme;
            while (authorityEnd < e && b[authorityEnd] != (byte)'/' && b[authorityEnd] != (byte)'?' && b[authorityEnd] != (byte)'#') authorityEnd++;
            int hostStart = afterScheme;
            for (int i = afterScheme; i < authorityEnd; i++)
            {
                if (b[i] == (byte)'@') hostStart = i + 1;
            }

            int hostEnd = hostStart;
            while (hostEnd < authorityEnd && b[hostEnd] != (byte)':') hostEnd++;
            r.Host = Utf8.GetString(b, hostStart, hostEnd).ToLower();

            if (Ascii.StartsWithIgnoreCase(b, s, e, "weixin://"))
            {
                r.Kind = PayloadKind.WeChatPay;
                r.Scheme = "WeChat Pay";
                if (!Contains(b, authorityEnd, e, "bizpayurl"))
                {
                    f.Error(FindingCode.UrlMalformed, null, "weixin:// URL is not a WeChat Pay code URL (no bizpayurl)");
                }

                return;
            }

            if (Ascii.StartsWithIgnoreCase(b, s, e, "upi://"))
            {
                r.Kind = PayloadKind.Upi;
                r.Scheme = "UPI";
                if (r.Host != "pay" || authorityEnd >= e || b[authorityEnd] != (byte)'?')
                {
                    f.Error(FindingCode.UrlMalformed, null, "UPI URL is not a upi://pay? intent");
                }
                else if (!HasQueryValue(b, authorityEnd, e, "pa"))
                {
                    f.Error(FindingCode.UrlMalformed, null, "UPI intent without pa (payee address)");
                }

                return;
            }

            bool https = Ascii.StartsWithIgnoreCase(b, s, e, "https://");
            bool http = https || Ascii.StartsWithIgnoreCase(b, s, e, "http://");
            bool allowed = http && IsAllowed(r.Host, allowedHosts);
            int payload = http ? AlipayPlusPayload(b, authorityEnd, e) : -1;
            if (payload >= 0)
            {
                r.Kind = PayloadKind.AlipayPlusMpm;
                r.Scheme = "Alipay+";
                string problem = AlipayPlus.Check(b, payload, e);
                if (problem != null) f.Error(FindingCode.AlipayPlusMalformed, null, problem);
                if (!allowed)
                {
                    f.Warning(FindingCode.UrlNotAllowed, null, "host " + r.Host + " is not on the payment allow-list; the Alipay+ wallet resolves the code");
                }
            }
            else if (http && r.Host == "qr.alipay.com")
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

        /// <summary>True when the host equals an entry exactly (case-insensitive); subdomains must be listed one by one.</summary>
        public static bool IsAllowed(string host, string[] allowedHosts)
        {
            if (allowedHosts == null || host.Length == 0) return false;
            for (int i = 0; i < allowedHosts.Length; i++)
            {
                string entry = allowedHosts[i];
                if (entry == null) continue;
                entry = entry.ToLower();
                if (host == entry) return true;
            }

            return false;
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
