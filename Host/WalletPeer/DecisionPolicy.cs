using System.Collections.Generic;
using System.Globalization;
using GlassesFirmware.Payload;
using GlassesFirmware.Payload.Money;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// How the reference wallet decides (configurable for tests and demos). Payees resolve through a table of
    /// known payees (QR text to the name on record); unknown payees resolve to "<c>{QR text} (unverified)</c>" or,
    /// with <see cref="RefuseUnknownPayees"/>, are declined. The amount booked is the code's, the one on the wallet's
    /// records (<see cref="ResolvedAmounts"/>) or the one the wearer spoke; whichever it is, above the spending limit
    /// of its currency (<see cref="LimitFor"/>) it is declined (Limit), above <see cref="BalanceMinor"/> (Funds).
    /// </summary>
    public sealed class DecisionPolicy
    {
        /// <summary>QR payee text to the payee name on the wallet's records.</summary>
        public Dictionary<string, string> KnownPayees { get; } = new Dictionary<string, string>();

        /// <summary>
        /// QR payee text to the amount (minor units) the wallet's records hold for that payee's open bill: the wallet
        /// books this amount instead of the code's, as a wallet does that looks the order up itself.
        /// </summary>
        public Dictionary<string, long> ResolvedAmounts { get; } = new Dictionary<string, long>();

        /// <summary>Decline payees not in <see cref="KnownPayees"/>.</summary>
        public bool RefuseUnknownPayees { get; set; }

        /// <summary>Largest single payment in minor units, in any currency without its own limit in <see cref="CurrencyLimits"/>.</summary>
        public long LimitMinor { get; set; } = 100_000;

        /// <summary>ISO 4217 numeric currency to its own largest single payment in minor units (wallet-wide, every device).</summary>
        public Dictionary<int, long> CurrencyLimits { get; } = new Dictionary<int, long>();

        /// <summary>Balance in minor units (not decremented: a stand-in).</summary>
        public long BalanceMinor { get; set; } = 10_000_000;

        /// <summary>
        /// Time the wallet "waits for its user" before deciding an authorization: the frame link sends KEEPALIVE
        /// every 500 ms meanwhile; HTTPS answers Keepalive and the glasses poll Status.
        /// </summary>
        public int UserApprovalDelayMs { get; set; }

        /// <summary>The payee the wallet speaks for a QR payee text, or null when refused.</summary>
        public string ResolvePayee(string qrPayee)
        {
            string text = qrPayee ?? "Unnamed payee";
            if (KnownPayees.TryGetValue(text, out string name))
            {
                return name;
            }

            return RefuseUnknownPayees ? null : text + " (unverified)";
        }

        /// <summary>The amount the wallet books for a code of <paramref name="qrPayee"/> saying <paramref name="codeAmountMinor"/> (-1: none).</summary>
        public long ResolveAmount(string qrPayee, long codeAmountMinor) =>
            qrPayee != null && ResolvedAmounts.TryGetValue(qrPayee, out long amount) ? amount : codeAmountMinor;

        /// <summary>The largest single payment in <paramref name="currencyNumeric"/>, in its minor units.</summary>
        public long LimitFor(int currencyNumeric) =>
            CurrencyLimits.TryGetValue(currencyNumeric, out long limit) ? limit : LimitMinor;

        /// <summary>Pay crypto-currency codes (payload kind <c>cryptoUri</c>); off by default, as on the glasses.</summary>
        public bool AllowCrypto { get; set; }

        /// <summary>
        /// The decline reason for a code of this payload kind (protocol key 12), or 0: a code the glasses name as not a
        /// payment (<c>notPayment</c>: Wi-Fi, a contact, ...) is never paid (Other); a crypto code is declined (Risk)
        /// unless <see cref="AllowCrypto"/>. Wallet links and every other kind go on to the payee and amount checks.
        /// </summary>
        public int KindRefusal(int payloadKind)
        {
            if (payloadKind == (int)PayloadKind.NotPayment) return 9;
            return payloadKind == (int)PayloadKind.CryptoUri && !AllowCrypto ? 5 : 0;
        }

        /// <summary>The decline reason for paying <paramref name="amountMinor"/> of <paramref name="currencyNumeric"/>, or 0 when it may be paid.</summary>
        public int Refusal(long amountMinor, int currencyNumeric)
        {
            if (amountMinor > LimitFor(currencyNumeric))
            {
                return 4;
            }

            return amountMinor > BalanceMinor ? 3 : 0;
        }

        /// <summary>
        /// Applies a <c>--limit</c> option: <c>MINOR</c> (every currency) or <c>CUR=MINOR</c> (one currency, ISO 4217
        /// alpha such as <c>SGD</c> or numeric such as <c>702</c>). False, with nothing changed, when it is neither.
        /// </summary>
        public bool TrySetLimit(string option)
        {
            int equals = option.IndexOf('=');
            if (!long.TryParse(option.Substring(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long minor))
            {
                return false;
            }

            if (equals < 0)
            {
                LimitMinor = minor;
                return true;
            }

            int currency = CurrencyNumeric(option.Substring(0, equals));
            if (currency < 0)
            {
                return false;
            }

            CurrencyLimits[currency] = minor;
            return true;
        }

        /// <summary>Applies <c>--limit</c> options in order (see <see cref="TrySetLimit"/>); false with the first that does not fit in <paramref name="rejected"/>.</summary>
        public bool TrySetLimits(IEnumerable<string> options, out string rejected)
        {
            foreach (string option in options)
            {
                if (!TrySetLimit(option))
                {
                    rejected = option;
                    return false;
                }
            }

            rejected = null;
            return true;
        }

        // ISO 4217 numeric code for an alpha or numeric code the runtime's currency table knows, else -1.
        private static int CurrencyNumeric(string code)
        {
            for (int i = 0; i < CurrencyTable.Count; i++)
            {
                if (string.Equals(CurrencyTable.AlphaAt(i), code, System.StringComparison.OrdinalIgnoreCase)
                    || CurrencyTable.NumericAt(i).ToString(CultureInfo.InvariantCulture) == code)
                {
                    return CurrencyTable.NumericAt(i);
                }
            }

            return -1;
        }
    }
}
