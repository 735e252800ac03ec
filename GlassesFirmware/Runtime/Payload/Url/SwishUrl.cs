using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Swish (Sweden) payment links: the web link Swish's QR generator writes,
    /// <c>https://app.swish.nu/1/p/sw/?sw=NUMBER&amp;amt=100&amp;cur=SEK&amp;msg=...</c>, the app link
    /// <c>swish://payment?data={"version":1,"payee":{"value":"..."},"amount":{"value":100},"message":{"value":"..."}}</c>
    /// (percent-encoded JSON), and <c>swish://paymentrequest?token=...</c> (a merchant's request the app fetches).
    /// Swish pays only Swedish kronor. The classic QR text (C1231181189;100,00;...) is <see cref="SwishCode"/>.
    /// </summary>
    internal static class SwishUrl
    {
        /// <summary>The wallet's name, as spoken.</summary>
        public const string Name = "Swish";

        /// <summary>The one currency Swish pays in.</summary>
        public const string Krona = "SEK";

        private const string Host = "app.swish.nu";

        /// <summary>The members of the app link's data whose "value" is read: payee, amount, message (in that order in the spans).</summary>
        private static readonly string[] Members = { "payee", "amount", "message" };

        /// <summary>Longest Swish app link data decoded (a payee, an amount and a 50-character message fit many times).</summary>
        private const int MaxDataBytes = 1024;

        /// <summary>True for https://app.swish.nu/1/p/sw/?sw=...: the intent is then a Swish payment with what the link states.</summary>
        public static bool Recognize(UrlParser u, FindingList f, PaymentIntent r)
        {
            byte[] t = u.Text;
            int e = u.Length;
            int path = u.RestStart + 7;
            if (u.Host != Host || !Ascii.StartsWith(t, u.RestStart, e, "/1/p/sw") || (path < e && t[path] != (byte)'/' && t[path] != (byte)'?')) return false;
            WalletUrl.Named(Name, r);
            int q = UrlQuery.Start(t, path, e);
            int end;
            int cur = UrlQuery.Find(t, q, e, "cur", out end);
            if (cur < 0 || cur == end) UrlMoney.Fixed(Krona, r);
            else if (!UrlMoney.Currency(t, cur, end, null, Krona, "cur", f, r)) return true;
            int sw = UrlQuery.Find(t, q, e, "sw", out end);
            if (!Payee(sw < 0 ? null : UrlQuery.Decode(t, sw, end, true), "sw", f, r)) return true;
            int amt = UrlQuery.Find(t, q, e, "amt", out end);
            if (amt >= 0 && amt < end) UrlMoney.Read(t, amt, end, "amt", f, r);
            int msg = UrlQuery.Find(t, q, e, "msg", out end);
            if (msg >= 0) r.PayeeDetails.Reference = UrlQuery.Decode(t, msg, end, true);
            return true;
        }

        /// <summary>Judges a swish:// app link: payment?data=JSON states payee, amount and message; paymentrequest?token= states nothing.</summary>
        public static void AnalyzeApp(UrlParser u, FindingList f, PaymentIntent r)
        {
            WalletUrl.Named(Name, r);
            UrlMoney.Fixed(Krona, r);
            if (u.Failure != FindingCode.None)
            {
                f.Error(u.Failure, null, "swish:// URL cannot be parsed: " + u.Problem);
                return;
            }

            byte[] t = u.Text;
            int e = u.Length;
            int q = UrlQuery.Start(t, u.RestStart, e);
            string host = u.Host == null ? "" : u.Host.ToLower();
            int end = -1;
            int value = host == "paymentrequest" ? UrlQuery.Find(t, q, e, "token", out end) : host == "payment" ? UrlQuery.Find(t, q, e, "data", out end) : -1;
            if (value < 0 || value == end || end - value > MaxDataBytes * 3)
            {
                f.Error(FindingCode.UrlMalformed, null, "swish:// link is not payment?data= (JSON of at most 1 KiB) or paymentrequest?token=");
                return;
            }

            // A payment request's token is resolved by the app: the payee and amount are the wallet's to show.
            if (host == "paymentrequest") return;
            byte[] json = new byte[end - value];
            int n = UrlQuery.DecodeInto(t, value, end, false, json);
            int[] at = new int[6];
            if (n <= 0 || !JsonMembers.Read(json, 0, n, Members, at))
            {
                f.Error(FindingCode.UrlMalformed, "data", "Swish link data is not one JSON object with payee, amount and message values");
                return;
            }

            if (!Payee(Text(json, at[0], at[1]), "payee", f, r)) return;
            if (at[2] >= 0) UrlMoney.Read(json, at[2], at[3], "amount", f, r);
            r.PayeeDetails.Reference = Text(json, at[4], at[5]);
        }

        /// <summary>
        /// Sets the Swish number a code states (a phone number or a 123 number: 8-15 digits, with spaces, '-' or a
        /// leading '+' as people write them); false, with an error finding, when it is absent or not a number.
        /// </summary>
        public static bool Payee(string number, string tag, FindingList f, PaymentIntent r)
        {
            int digits = 0;
            bool other = number == null;
            char[] chars = other ? new char[0] : number.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c != ' ' && c != '-' && !(c == '+' && i == 0)) other = true;
            }

            if (other || digits < 8 || digits > 15)
            {
                f.Error(FindingCode.FieldFormat, tag, "Swish payee is not a Swish number of 8-15 digits");
                return false;
            }

            WalletUrl.SetPayee(number, r);
            return true;
        }

        /// <summary>
        /// A JSON value's bytes [s, e) as text (valid UTF-8 without controls: decoded and checked before); null when absent,
        /// empty, too long, or escaped (not unescaped here, so not read).
        /// </summary>
        private static string Text(byte[] json, int s, int e)
        {
            if (s < 0 || e <= s || e - s > UrlQuery.MaxValueBytes) return null;
            for (int i = s; i < e; i++)
            {
                if (json[i] == (byte)'\\') return null;
            }

            return Utf8.GetString(json, s, e);
        }
    }
}
