using GlassesFirmware.Text;

namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The Swiss QR Code of a QR-bill (Swiss Payment Standards, Swiss Implementation Guidelines QR-bill, version
    /// 0200): "SPC", "0200", coding 1, a CH or LI IBAN or QR-IBAN, the creditor (address type S or K, name, two
    /// address lines, postal code, town, country), the reserved ultimate creditor, amount, CHF or EUR, the ultimate
    /// debtor, reference type QRR (27 digits, recursive modulo 10, only with a QR-IBAN), SCOR (ISO 11649) or NON,
    /// the message, the trailer "EPD", then billing information and up to two alternative procedures.
    /// </summary>
    internal static class SwissQrBill
    {
        /// <summary>Scheme name of the intent.</summary>
        public const string Scheme = "Swiss QR-bill";

        /// <summary>Most lines a code may have: 31 up to the trailer, billing information, two alternative procedures.</summary>
        public const int MaxLines = 34;

        /// <summary>Largest payload the guidelines allow, in characters.</summary>
        public const int MaxChars = 997;

        private const int Version = 1;
        private const int Coding = 2;
        private const int Account = 3;
        private const int AddressType = 4;
        private const int Name = 5;
        private const int PostalCode = 8;
        private const int Town = 9;
        private const int CreditorCountry = 10;
        private const int UltimateCreditor = 11;
        private const int AmountLine = 18;
        private const int Currency = 19;
        private const int ReferenceType = 27;
        private const int ReferenceLine = 28;
        private const int Message = 29;
        private const int Trailer = 30;
        private const int Billing = 31;

        /// <summary>True when the payload starts with the QR type "SPC" and a line break.</summary>
        public static bool Matches(byte[] b, int s, int e)
        {
            return Ascii.StartsWith(b, s, e, "SPC\n") || Ascii.StartsWith(b, s, e, "SPC\r\n");
        }

        /// <summary>Validates the code in [s, e) (already split into <paramref name="lines"/>) into the intent.</summary>
        public static void Analyze(byte[] b, int s, int e, LineTable lines, FindingList f, PaymentIntent r)
        {
            r.Kind = PayloadKind.SwissQrBill;
            r.Scheme = Scheme;
            if (Utf8.CountChars(b, s, e) > MaxChars) f.Warning(FindingCode.PayloadTooLong, null, "Swiss QR code longer than " + MaxChars + " characters");
            if (lines.Overflow || lines.Count > MaxLines)
            {
                f.Relaxed(FindingCode.PayloadStructure, "lines", "more than " + MaxLines + " lines", "lines after the 34th ignored");
            }

            if (lines.Length(Version) != 4 || !Ascii.StartsWith(b, lines.Start(Version), lines.End(Version), "02") || !Ascii.IsDigits(b, lines.Start(Version), lines.End(Version)))
            {
                f.Error(FindingCode.FormatIndicatorInvalid, "version", "QR-bill version is not 02xx");
            }
            else if (!lines.Is(b, Version, "0200"))
            {
                f.Relaxed(FindingCode.FormatIndicatorVersion, "version", "QR-bill version is not 0200", "read as 0200");
            }

            if (!lines.Is(b, Coding, "1")) f.Error(FindingCode.FieldFormat, "coding", "coding type is not 1 (UTF-8, Latin subset)");
            if (lines.Count <= Trailer || !lines.Is(b, Trailer, "EPD"))
            {
                f.Error(FindingCode.FieldMissing, "trailer", "no trailer EPD on line 31: the code is truncated or its lines are shifted");
            }

            bool qrIban = CheckAccount(b, lines, f, r);
            CheckCreditor(b, lines, f, r);
            for (int i = UltimateCreditor; i < UltimateCreditor + 7; i++)
            {
                if (lines.Has(i))
                {
                    f.Relaxed(FindingCode.FieldFormat, "ultimateCreditor", "the ultimate creditor is reserved and must be empty", "ignored");
                    break;
                }
            }

            CheckMoney(b, lines, f, r);
            CheckReference(b, lines, qrIban, f, r);
            if (Utf8.CountChars(b, lines.Start(Message), lines.End(Message)) + Utf8.CountChars(b, lines.Start(Billing), lines.End(Billing)) > 140)
            {
                f.Relaxed(FindingCode.FieldTooLong, "message", "message and billing information longer than 140 characters together", "read as written");
            }
        }

        /// <summary>The IBAN: CH or LI, 21 characters; true when it is a QR-IBAN (institution ID 30000-31999).</summary>
        private static bool CheckAccount(byte[] b, LineTable lines, FindingList f, PaymentIntent r)
        {
            int s = lines.Start(Account);
            int e = lines.End(Account);
            if (e > s && !Ascii.StartsWith(b, s, e, "CH") && !Ascii.StartsWith(b, s, e, "LI"))
            {
                f.Error(FindingCode.IbanFormat, "iban", "a QR-bill pays a Swiss or Liechtenstein IBAN (CH or LI) only");
                return false;
            }

            if (!BankFields.CheckIban(b, s, e, "iban", f, r)) return false;
            if (!Ascii.IsDigits(b, s + 4, s + 9)) return false;
            int iid = 0;
            for (int i = s + 4; i < s + 9; i++) iid = iid * 10 + b[i] - '0';
            return iid >= 30000 && iid <= 31999;
        }

        private static void CheckCreditor(byte[] b, LineTable lines, FindingList f, PaymentIntent r)
        {
            bool structured = lines.Is(b, AddressType, "S");
            if (!structured && !lines.Is(b, AddressType, "K"))
            {
                f.Error(FindingCode.FieldFormat, "creditor", "creditor address type is not S or K");
            }
            else if (!structured)
            {
                f.Relaxed(FindingCode.FieldFormat, "creditor", "combined address (K) is no longer allowed from 21 November 2025", "read as written");
            }
            else if (!lines.Has(PostalCode) || !lines.Has(Town))
            {
                f.Relaxed(FindingCode.FieldMissing, "creditor", "a structured address (S) needs postal code and town", "the name is what is read back");
            }

            int s = lines.Start(Name);
            int e = lines.End(Name);
            if (e == s)
            {
                f.Error(FindingCode.FieldMissing, "name", "no creditor name");
            }
            else
            {
                BankFields.CheckLength(b, s, e, true, 70, "name", f);
                r.Payee = Utf8.GetString(b, s, e);
                r.PayeeSource = PayeeSource.AccountHolder;
            }

            int cs = lines.Start(CreditorCountry);
            if (lines.Length(CreditorCountry) != 2 || !Ascii.IsLetter(b[cs]) || !Ascii.IsLetter(b[cs + 1]))
            {
                f.Relaxed(FindingCode.FieldFormat, "country", "creditor country is not two letters", "the IBAN's country is used");
            }
        }

        private static void CheckMoney(byte[] b, LineTable lines, FindingList f, PaymentIntent r)
        {
            r.AmountNeeded = true;
            int cs = lines.Start(Currency);
            bool chf = lines.Is(b, Currency, "CHF");
            if (!chf && !lines.Is(b, Currency, "EUR"))
            {
                if (lines.Has(Currency)) f.Error(FindingCode.CurrencySchemeMismatch, "currency", "a QR-bill pays CHF or EUR only, not '" + Utf8.GetString(b, cs, lines.End(Currency), 8) + "'");
                else f.Error(FindingCode.FieldMissing, "currency", "no currency");
                return;
            }

            BankFields.SetCurrency(r, chf ? BankFields.SwissFranc : BankFields.Euro);
            if (lines.Has(AmountLine)) BankFields.ReadAmount(b, lines.Start(AmountLine), lines.End(AmountLine), 12, 99999999999L, "amount", f, r);
            r.AmountNeeded = !r.HasAmount;
        }

        private static void CheckReference(byte[] b, LineTable lines, bool qrIban, FindingList f, PaymentIntent r)
        {
            int s = lines.Start(ReferenceLine);
            int e = lines.End(ReferenceLine);
            if (lines.Is(b, ReferenceType, "QRR"))
            {
                IbanStatus status = QrReference.Check(b, s, e);
                if (status == IbanStatus.Format) f.Error(FindingCode.ReferenceFormat, "reference", "QR reference is not 27 digits");
                else if (status == IbanStatus.Checksum) f.Error(FindingCode.ReferenceChecksum, "reference", "QR reference check digit does not match (recursive modulo 10)");
                if (!qrIban && r.PayeeDetails.Account != null) f.Error(FindingCode.ReferenceFormat, "reference", "a QR reference needs a QR-IBAN (institution ID 30000-31999)");
            }
            else if (lines.Is(b, ReferenceType, "SCOR"))
            {
                BankFields.CheckCreditorReference(b, s, e, "reference", f);
                if (qrIban) f.Error(FindingCode.ReferenceFormat, "reference", "a QR-IBAN needs a QR reference (QRR), not SCOR");
            }
            else if (lines.Is(b, ReferenceType, "NON"))
            {
                if (e > s) f.Error(FindingCode.ReferenceFormat, "reference", "reference type NON with a reference");
                if (qrIban) f.Error(FindingCode.ReferenceFormat, "reference", "a QR-IBAN needs a QR reference (QRR), not NON");
            }
            else
            {
                f.Error(FindingCode.FieldFormat, "referenceType", "reference type is not QRR, SCOR or NON");
            }

            if (e > s) r.PayeeDetails.Reference = Utf8.GetString(b, s, e, 27);
            else if (lines.Has(Message)) r.PayeeDetails.Reference = Utf8.GetString(b, lines.Start(Message), lines.End(Message));
        }
    }
}
