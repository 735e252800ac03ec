namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Classifies URL-style payment codes (Alipay and AlipayHK, Alipay+ MPM, WeChat Pay, UPI, wallet links,
    /// allow-listed hosts) from what <see cref="UrlParser"/> read, so the host judged is the host a browser or
    /// wallet would connect to. The payee, amount and currency are read only where the code states them in
    /// fields of its own (UPI pn/am/cu, a PayPal.me amount); otherwise the wallet resolves them.
    /// </summary>
    internal static class UrlPayload
    {
        /// <summary>The host whose https URLs are Alipay codes (fkx personal, bax/stx/tsx merchant...) without being configured.</summary>
        private const string AlipayHost = "qr.alipay.com";

        /// <summary>AlipayHK's collection code host (qr.alipay.hk/2810040101...).</summary>
        private const string AlipayHongKongHost = "qr.alipay.hk";

        public static void Analyze(UrlParser u, string[] allowedHosts, FindingList f, PaymentIntent r)
        {
            byte[] t = u.Text;
            int rest = u.RestStart;
            int n = u.Length;
            r.Host = u.Host;
            if (u.Failure == FindingCode.None) r.ContentDigest = u.ContentDigest();

            if (WeChatPayUrl.IsScheme(u.Scheme))
            {
                WeChatPayUrl.AnalyzeScheme(u, f, r);
                return;
            }

            if (u.Scheme == "upi" || u.Scheme == "paytmmp")
            {
                UpiUrl.Analyze(u, f, r);
                return;
            }

            if (u.Scheme == "venmo")
            {
                WalletUrl.AnalyzeVenmoApp(u, f, r);
                return;
            }

            if (u.Scheme == "swish")
            {
                SwishUrl.AnalyzeApp(u, f, r);
                return;
            }

            if (u.Scheme == "mobilepay")
            {
                VippsMobilePayUrl.AnalyzeApp(u, f, r);
                return;
            }

            if (AlipayDeepLink.IsScheme(u.Scheme))
            {
                AlipayDeepLink.Analyze(u, f, r);
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
            else if (IsAlipayHost(r.Host))
            {
                AlipayCode(u, f, r);
            }
            else if (!WeChatPayUrl.Recognize(u, f, r) && !WalletUrl.Recognize(u, f, r) && !SwishUrl.Recognize(u, f, r) && !VippsMobilePayUrl.Recognize(u, f, r))
            {
                if (!allowed)
                {
                    r.Kind = PayloadKind.UnknownUrl;
                    r.Content = CodeContent.WebLink;
                    f.Error(FindingCode.UrlNotAllowed, null, "URL host '" + r.Host + "' is not a known or allow-listed payment host; never opened");
                    return;
                }

                r.Kind = PayloadKind.PaymentUrl;
                r.Scheme = r.Host;
            }

            if (!https) f.Error(FindingCode.UrlInsecure, null, "payment URL is not HTTPS");
        }

        /// <summary>True for Alipay's and AlipayHK's code hosts.</summary>
        public static bool IsAlipayHost(string host)
        {
            return host == AlipayHost || host == AlipayHongKongHost;
        }

        /// <summary>Makes the intent an Alipay or AlipayHK code (<paramref name="u"/> on one of their hosts), with an error when its path has no code.</summary>
        public static void AlipayCode(UrlParser u, FindingList f, PaymentIntent r)
        {
            byte[] t = u.Text;
            int rest = u.RestStart;
            r.Kind = PayloadKind.AlipayUrl;
            r.Scheme = u.Host == AlipayHost ? "Alipay" : "AlipayHK";
            // Every Alipay code kind (fkx, bax, stx, tsx, ... and AlipayHK's 2810040101...) is a token in the path.
            if (rest + 1 >= u.Length || t[rest] != (byte)'/' || !IsAlphanumeric(t[rest + 1]))
            {
                f.Error(FindingCode.UrlMalformed, null, r.Scheme + " URL without a code in its path");
            }
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

        private static bool IsAlphanumeric(byte c)
        {
            return Ascii.IsLetter(c) || (c >= (byte)'0' && c <= (byte)'9');
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
    }
}
