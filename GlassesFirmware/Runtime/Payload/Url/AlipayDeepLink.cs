namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Alipay's app links that open a payment code in the Alipay scanner:
    /// <c>alipays://platformapi/startapp?saId=10000007&amp;qrcode=https%3A%2F%2Fqr.alipay.com%2Ffkx...</c> (also
    /// <c>appId=10000007</c>, and the <c>alipay:</c> and <c>alipayqr:</c> schemes). The wrapped code is parsed again
    /// with the WHATWG parser and must itself be an Alipay or AlipayHK code URL: the same link can wrap any other
    /// page (a city's check-in code, a shop's site), and Alipay mini-program links (other app ids) are not payments.
    /// </summary>
    internal static class AlipayDeepLink
    {
        /// <summary>The Alipay scanner's app id: its qrcode parameter is the code to open.</summary>
        private const string ScannerId = "10000007";

        /// <summary>True for the alipays:, alipay: and alipayqr: schemes.</summary>
        public static bool IsScheme(string scheme)
        {
            return scheme == "alipays" || scheme == "alipay" || scheme == "alipayqr";
        }

        /// <summary>Judges an Alipay app link by the code it wraps; <paramref name="u"/> is reused to parse that code.</summary>
        public static void Analyze(UrlParser u, FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.AlipayUrl;
            r.Scheme = "Alipay";
            if (u.Failure != FindingCode.None)
            {
                f.Error(u.Failure, null, u.Scheme + ":// URL cannot be parsed: " + u.Problem);
                return;
            }

            byte[] t = u.Text;
            int e = u.Length;
            int q = UrlQuery.Start(t, u.RestStart, e);
            int end;
            int id = UrlQuery.Find(t, q, e, "saId", out end);
            if (id < 0) id = UrlQuery.Find(t, q, e, "appId", out end);
            bool scanner = id >= 0 && Ascii.EqualsIgnoreCase(t, id, end, ScannerId) && u.Host != null && u.Host.ToLower() == "platformapi";
            int code = scanner ? UrlQuery.Find(t, q, e, "qrcode", out end) : -1;
            byte[] wrapped = new byte[code < 0 ? 0 : end - code];
            int n = code < 0 ? -1 : UrlQuery.DecodeInto(t, code, end, false, wrapped);
            if (n <= 0 || !u.Parse(wrapped, 0, n) || u.Failure != FindingCode.None || u.HostKind != UrlHostKind.Domain || !UrlPayload.IsAlipayHost(u.Host))
            {
                f.Error(FindingCode.UrlMalformed, null, "Alipay app link that does not open an Alipay payment code (saId 10000007 with a qr.alipay.com qrcode)");
                return;
            }

            r.Host = u.Host;
            UrlPayload.AlipayCode(u, f, r);
            if (u.Scheme != "https") f.Error(FindingCode.UrlInsecure, null, "the Alipay code in the app link is not HTTPS");
        }
    }
}
