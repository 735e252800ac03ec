namespace GlassesFirmware.Payload
{
    /// <summary>
    /// WeChat Pay codes: the collection stickers' <c>wxp://f2f0...</c> (personal) and <c>wxp://wbf2f...</c>, the
    /// merchant API's <c>weixin://wxpay/bizpayurl?pr=...</c>, and the https collection and business codes on
    /// WeChat Pay's own hosts (wx.tenpay.com/f2f, payapp.weixin.qq.com/qr/..., their wechatpay.cn twins). None
    /// states a payee or amount: the wallet resolves them.
    /// </summary>
    internal static class WeChatPayUrl
    {
        private const string Name = "WeChat Pay";

        // Host, then the path prefixes its payment codes use (prefixes end at a '|').
        private static readonly string[] Hosts =
        {
            "wx.tenpay.com", "/f2f",
            "payapp.weixin.qq.com", "/qr/|/materialqr/entry/|/qrpay/order/|/sjt/qr/",
            "payapp.wechatpay.cn", "/qr/|/materialqr/entry/|/qrpay/order/|/sjt/qr/",
            "wxpay.tenpay.com", "/md/",
            "wxpay.wechatpay.cn", "/md/",
            "sjt.wxpapp.wechatpay.cn", "/lnk/qr/",
        };

        /// <summary>True for the weixin: and wxp: schemes.</summary>
        public static bool IsScheme(string scheme)
        {
            return scheme == "weixin" || scheme == "wxp";
        }

        /// <summary>Judges a weixin:// or wxp:// URL.</summary>
        public static void AnalyzeScheme(UrlParser u, FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.WeChatPay;
            r.Scheme = Name;
            if (u.Failure != FindingCode.None)
            {
                f.Error(u.Failure, null, u.Scheme + ":// URL cannot be parsed: " + u.Problem);
            }
            else if (u.Scheme == "wxp")
            {
                // The collection code's token is the host; nothing may follow it but an empty path.
                if (u.Host == null || u.Host.Length == 0 || u.RestStart < u.Length)
                {
                    f.Error(FindingCode.UrlMalformed, null, "wxp:// URL is not a WeChat Pay collection code (a token and nothing after it)");
                }
            }
            else if (!Contains(u.Text, u.RestStart, u.Length, "bizpayurl"))
            {
                f.Error(FindingCode.UrlMalformed, null, "weixin:// URL is not a WeChat Pay code URL (no bizpayurl)");
            }
        }

        /// <summary>
        /// True when the https host is one of WeChat Pay's: the intent becomes a WeChat Pay code, with an error when
        /// the path is none of the host's payment code paths.
        /// </summary>
        public static bool Recognize(UrlParser u, FindingList f, PaymentIntent r)
        {
            for (int i = 0; i < Hosts.Length; i += 2)
            {
                if (Hosts[i] != u.Host) continue;
                r.Kind = PayloadKind.WeChatPay;
                r.Scheme = Name;
                if (!StartsWithAny(u.Text, u.RestStart, u.Length, Hosts[i + 1]))
                {
                    f.Error(FindingCode.UrlMalformed, null, "path on " + u.Host + " is not a WeChat Pay code path");
                }

                return true;
            }

            return false;
        }

        /// <summary>True when [s, e) starts with one of the '|'-separated prefixes.</summary>
        private static bool StartsWithAny(byte[] b, int s, int e, string prefixes)
        {
            int from = 0;
            while (from < prefixes.Length)
            {
                int bar = prefixes.IndexOf('|', from);
                if (bar < 0) bar = prefixes.Length;
                if (Ascii.StartsWith(b, s, e, prefixes.Substring(from, bar - from))) return true;
                from = bar + 1;
            }

            return false;
        }

        private static bool Contains(byte[] b, int s, int e, string needle)
        {
            for (int i = s; i + needle.Length <= e; i++)
            {
                if (Ascii.StartsWithIgnoreCase(b, i, e, needle)) return true;
            }

            return false;
        }
    }
}
