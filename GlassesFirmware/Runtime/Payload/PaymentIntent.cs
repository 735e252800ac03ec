using GlassesFirmware.Payload.Money;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// The verdict on one scanned payload: its kind, whether the glasses may offer it for payment, the
    /// findings, the money, the payee and the sentence to speak. Produced by <see cref="PayloadAnalyzer"/>.
    /// </summary>
    public sealed class PaymentIntent
    {
        internal PaymentIntent()
        {
            CurrencyNumeric = -1;
            Exponent = -1;
            Findings = FindingList.Empty;
            Charges = new Charges();
            PayeeDetails = new PayeeDetails();
        }

        /// <summary>What the payload is.</summary>
        public PayloadKind Kind { get; internal set; }

        /// <summary>Payment scheme name ("PayNow", "Alipay", ...), the raw GUID for unknown networks, or null.</summary>
        public string Scheme { get; internal set; }

        /// <summary>True when no finding is an error under the policy used: the payload may be offered to the wallet.</summary>
        public bool Accepted { get; internal set; }

        /// <summary>All findings, in the order found.</summary>
        public Finding[] Findings { get; internal set; }

        /// <summary>True when the payload carries a usable, non-zero transaction amount.</summary>
        public bool HasAmount { get; internal set; }

        /// <summary>Transaction amount (54, or a URL code's stated amount) in minor units of the currency; 0 when <see cref="HasAmount"/> is false.</summary>
        public long AmountMinor { get; internal set; }

        /// <summary>True when the wearer must say the amount (static code or amount not usable).</summary>
        public bool AmountNeeded { get; internal set; }

        /// <summary>ISO 4217 numeric code from 53 (or a URL code's currency: UPI cu, a PayPal.me amount, a wallet's own), or -1.</summary>
        public int CurrencyNumeric { get; internal set; }

        /// <summary>ISO 4217 alphabetic code ("SGD"), or null when unknown.</summary>
        public string CurrencyAlpha { get; internal set; }

        /// <summary>ISO 4217 minor-unit exponent (JPY 0, USD 2, KWD 3), or -1 when unknown.</summary>
        public int Exponent { get; internal set; }

        /// <summary>The tip or fee clause and the total (55 to 57, a bank transfer's total); never null.</summary>
        public Charges Charges { get; private set; }

        /// <summary>The name that is spoken (may be truncated for display), or null.</summary>
        public string Payee { get; internal set; }

        /// <summary>Where <see cref="Payee"/> came from.</summary>
        public PayeeSource PayeeSource { get; internal set; }

        /// <summary>City, country, account and reference of the payee; never null.</summary>
        public PayeeDetails PayeeDetails { get; private set; }

        /// <summary>True for Point of Initiation 12 (a code for one transaction).</summary>
        public bool IsDynamic { get; internal set; }

        /// <summary>Bit n set (n = 1..8) when 62.0n is "***": the wearer must be asked for that field.</summary>
        public int PromptMask { get; internal set; }

        /// <summary>What a code that is not a payment holds (a web link, a Wi-Fi network, a contact card, ...), or None.</summary>
        public CodeContent Content { get; internal set; }

        /// <summary>Host of a URL payload (lower case), or null.</summary>
        public string Host { get; internal set; }

        /// <summary>
        /// 64-bit digest of what the code asks for, not of how it is written: for an EMVCo code its data
        /// objects other than the CRC (63), by ID and value, nested templates by their objects, in any
        /// order; for a URL the WHATWG-parsed URL (<see cref="UrlParser.ContentDigest"/>); for anything
        /// that does not parse, the raw bytes. The same dynamic code with its CRC in lower case has the
        /// same digest, so pay-once is keyed on it. Not a security boundary (FNV-1a).
        /// </summary>
        public long ContentDigest { get; internal set; }

        /// <summary>The exact sentence the glasses speak for confirmation.</summary>
        public string Readback { get; internal set; }

        /// <summary>
        /// This code as the wallet will book it: the wallet's payee, amount and currency where it gave them (null, -1,
        /// -1 where it did not), this code's otherwise; this code's fee, tip and prompts only while the booked amount and
        /// currency are this code's. The result is an accepted merchant intent with an amount, for the readback composer.
        /// </summary>
        public PaymentIntent Booked(string walletPayee, long walletAmount, int walletCurrency)
        {
            PaymentIntent booked = new PaymentIntent();
            booked.Kind = PayloadKind.EmvMerchant;
            booked.Accepted = true;
            booked.HasAmount = true;
            booked.Payee = walletPayee != null && walletPayee.Length > 0 ? walletPayee : Payee;
            booked.AmountMinor = walletAmount >= 0 ? walletAmount : AmountMinor;
            int numeric = walletCurrency >= 0 ? walletCurrency : CurrencyNumeric;
            int c = CurrencyTable.Find(numeric);
            booked.CurrencyNumeric = numeric;
            booked.CurrencyAlpha = c >= 0 ? CurrencyTable.AlphaAt(c) : numeric.ToString();
            booked.Exponent = c >= 0 ? CurrencyTable.ExponentAt(c) : 0;
            if (HasAmount && booked.AmountMinor == AmountMinor && (CurrencyNumeric < 0 || numeric == CurrencyNumeric))
            {
                // The wallet books the code's amount: the code's fee or tip clause and prompts still hold.
                booked.Charges = Charges;
                booked.PromptMask = PromptMask;
            }
            return booked;
        }
    }
}
