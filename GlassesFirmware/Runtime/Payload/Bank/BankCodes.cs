namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// Recognises the bank-transfer codes that are not EMVCo (EPC069-12, Swiss QR-bill, SPD, PAY by square) by
    /// their header and hands each to its reader. One instance per analyzer: it owns the reused line and attribute
    /// tables.
    /// </summary>
    internal sealed class BankCodes
    {
        private readonly LineTable _lines = new LineTable(SwissQrBill.MaxLines + 2);
        private readonly SpdCode _spd = new SpdCode();
        private readonly PayBySquare _square = new PayBySquare();

        /// <summary>
        /// Analyzes [s, e) when it is one of the bank codes and returns true; false (nothing set) otherwise. EPC
        /// codes may be ISO 8859 text, so this runs before the UTF-8 gate and the others check UTF-8 themselves.
        /// </summary>
        public bool TryAnalyze(byte[] b, int s, int e, bool validUtf8, FindingList f, PaymentIntent r)
        {
            if (EpcQr.Matches(b, s, e))
            {
                _lines.Split(b, s, e);
                EpcQr.Analyze(b, s, e, validUtf8, _lines, f, r);
                return true;
            }

            bool swiss = SwissQrBill.Matches(b, s, e);
            bool spd = !swiss && SpdCode.Matches(b, s, e);
            if (!swiss && !spd)
            {
                if (!PayBySquare.Matches(b, s, e)) return false;
                _square.Analyze(b, s, e, f, r);
                return true;
            }

            if (!validUtf8)
            {
                r.Kind = swiss ? PayloadKind.SwissQrBill : PayloadKind.Spd;
                r.Scheme = swiss ? SwissQrBill.Scheme : SpdCode.Scheme;
                f.Error(FindingCode.PayloadUtf8Invalid, null, "bank transfer code is not valid UTF-8");
                return true;
            }

            if (swiss)
            {
                _lines.Split(b, s, e);
                SwissQrBill.Analyze(b, s, e, _lines, f, r);
            }
            else
            {
                _spd.Analyze(b, s, e, f, r);
            }

            return true;
        }
    }
}
