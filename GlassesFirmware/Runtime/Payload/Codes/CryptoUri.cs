namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Crypto-currency payment requests: BIP21 <c>bitcoin:ADDRESS?amount=...</c>, BOLT11 invoices
    /// (<c>lightning:lnbc...</c> or a bare invoice <c>lnbc...</c>/<c>LNBC...</c>/<c>lntb...</c>, and LNURL), and EIP-681
    /// <c>ethereum:0x...</c>. Recognised so the wearer hears what the code is, and refused with
    /// <c>crypto.refused</c> unless the configuration allows them (<see cref="PayloadOptions.AllowCrypto"/>): a
    /// crypto payment cannot be reversed, and its amount is not in an ISO 4217 currency the wallet and the
    /// spending limit understand. The wallet resolves payee and amount of an allowed one.
    /// </summary>
    internal static class CryptoUri
    {
        // Scheme prefix (matched case-insensitively, QR alphanumeric mode writes them in capitals), then the network's name.
        private static readonly string[] Prefixes =
        {
            "bitcoin:", "Bitcoin",
            "lightning:", "Lightning",
            "ethereum:", "Ethereum",
            "lnbc", "Lightning",
            "lntb", "Lightning",
            "lnurl", "Lightning",
        };

        /// <summary>True when [s, e) is a crypto payment request: the intent is judged and complete.</summary>
        public static bool Analyze(byte[] b, int s, int e, bool allowed, FindingList f, PaymentIntent r)
        {
            for (int i = 0; i < Prefixes.Length; i += 2)
            {
                string prefix = Prefixes[i];
                if (!Ascii.StartsWithIgnoreCase(b, s, e, prefix)) continue;
                r.Kind = PayloadKind.CryptoUri;
                r.Scheme = Prefixes[i + 1];
                int target = prefix[prefix.Length - 1] == ':' ? s + prefix.Length : s;
                int targetEnd = target;
                while (targetEnd < e && b[targetEnd] != (byte)'?' && b[targetEnd] > 0x20) targetEnd++;
                if (targetEnd == target)
                {
                    f.Error(FindingCode.UrlMalformed, null, r.Scheme + " URI without an address or invoice");
                }

                if (!allowed)
                {
                    f.Error(FindingCode.CryptoRefused, null, r.Scheme + " crypto-currency payment: refused unless payment.crypto.allowed is set");
                }

                return true;
            }

            return false;
        }
    }
}
