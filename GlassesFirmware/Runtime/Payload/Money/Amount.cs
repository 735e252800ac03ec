namespace GlassesFirmware.Payload.Money
{
    /// <summary>
    /// Exact integer money rules for EMVCo amounts (54, 56) and fee percentages (57). Money is a long in
    /// minor units; float, double and decimal are never used.
    /// </summary>
    public static class Amount
    {
        /// <summary>Maximum length of 54 and 56.</summary>
        public const int MaxLength = 13;

        /// <summary>
        /// Reads an amount such as "98.73", "98" or "98." from [start, end). With an exponent of 0..4 the
        /// value is scaled to minor units ("98.7" with exponent 2 is 9870); surplus decimals are allowed only
        /// when they are zeros ("100.00" JPY is 100), otherwise the status is <see cref="AmountStatus.Inexact"/>.
        /// With a negative exponent (unknown currency) only the format is checked.
        /// </summary>
        /// <param name="b">Buffer.</param>
        /// <param name="start">First byte.</param>
        /// <param name="end">One past the last byte.</param>
        /// <param name="exponent">ISO 4217 exponent, or -1 when unknown.</param>
        /// <param name="minor">Minor units when the status is Ok, else 0.</param>
        /// <param name="decimals">Number of digits after the point (0 without a point).</param>
        public static AmountStatus Parse(byte[] b, int start, int end, int exponent, out long minor, out int decimals)
        {
            minor = 0;
            decimals = 0;
            int len = end - start;
            if (len < 1 || len > MaxLength || !IsDigit(b[start])) return AmountStatus.Malformed;

            int point = -1;
            bool nonZero = false;
            for (int i = start; i < end; i++)
            {
                byte c = b[i];
                if (c == (byte)'.')
                {
                    if (point >= 0) return AmountStatus.Malformed;
                    point = i;
                }
                else if (!IsDigit(c))
                {
                    return AmountStatus.Malformed;
                }
                else if (c != (byte)'0')
                {
                    nonZero = true;
                }
            }

            decimals = point < 0 ? 0 : end - point - 1;
            if (!nonZero) return AmountStatus.Zero;
            if (exponent < 0) return AmountStatus.Ok;

            // 13 digits scaled by at most 10^4 stays below 10^17: no overflow.
            long value = 0;
            int fractionSeen = 0;
            for (int i = start; i < end; i++)
            {
                byte c = b[i];
                if (c == (byte)'.') continue;
                bool fraction = point >= 0 && i > point;
                if (fraction)
                {
                    fractionSeen++;
                    if (fractionSeen > exponent)
                    {
                        if (c != (byte)'0') return AmountStatus.Inexact;
                        continue;
                    }
                }

                value = value * 10 + (c - '0');
            }

            for (int k = fractionSeen < exponent ? fractionSeen : exponent; k < exponent; k++) value *= 10;
            minor = value;
            return AmountStatus.Ok;
        }

        /// <summary>
        /// Reads a convenience fee percentage (57, "00.01" to "99.99", no '%') into hundredths of a
        /// percent: "3.5" is 350. Returns false when malformed, zero or out of range.
        /// </summary>
        public static bool ParsePercent(byte[] b, int start, int end, out int basisPoints)
        {
            basisPoints = 0;
            int len = end - start;
            if (len < 1 || len > 5 || !IsDigit(b[start])) return false;

            int whole = 0;
            int wholeDigits = 0;
            int fraction = 0;
            int fractionDigits = 0;
            bool inFraction = false;
            for (int i = start; i < end; i++)
            {
                byte c = b[i];
                if (c == (byte)'.')
                {
                    if (inFraction) return false;
                    inFraction = true;
                }
                else if (!IsDigit(c))
                {
                    return false;
                }
                else if (inFraction)
                {
                    if (++fractionDigits > 2) return false;
                    fraction = fraction * 10 + (c - '0');
                }
                else
                {
                    if (++wholeDigits > 2) return false;
                    whole = whole * 10 + (c - '0');
                }
            }

            if (fractionDigits == 1) fraction *= 10;
            basisPoints = whole * 100 + fraction;
            return basisPoints >= 1 && basisPoints <= 9999;
        }

        /// <summary>
        /// Fee of <paramref name="basisPoints"/> hundredths of a percent on <paramref name="amountMinor"/>,
        /// rounded half up to a whole minor unit (amounts are never negative). Exact for any long amount
        /// below 10^18: the amount is split so that no intermediate product overflows.
        /// </summary>
        public static long PercentOf(long amountMinor, int basisPoints)
        {
            long whole = amountMinor / 10000;
            long rest = amountMinor % 10000;
            return whole * basisPoints + (rest * basisPoints + 5000) / 10000;
        }

        /// <summary>Formats minor units as a decimal string with exactly <paramref name="exponent"/> decimals ("23.72", "6000").</summary>
        public static string Format(long minor, int exponent)
        {
            char[] buffer = new char[24];
            int start = FormatInto(minor, exponent, buffer);
            return new string(buffer, start, buffer.Length - start);
        }

        /// <summary>
        /// Writes <see cref="Format"/>'s text right-aligned at the end of <paramref name="buffer"/> (24
        /// characters suffice for any long) and returns the index of its first character.
        /// </summary>
        public static int FormatInto(long minor, int exponent, char[] buffer)
        {
            if (exponent < 0) exponent = 0;
            int p = buffer.Length;
            bool negative = minor < 0;
            int digits = 0;
            do
            {
                if (digits == exponent && exponent > 0) buffer[--p] = '.';
                int d = (int)(minor % 10);
                buffer[--p] = (char)('0' + (d < 0 ? -d : d));
                minor /= 10;
                digits++;
            }
            while (minor != 0 || digits <= exponent);

            if (negative) buffer[--p] = '-';
            return p;
        }

        /// <summary>Formats hundredths of a percent without trailing zeros: 350 is "3.5", 1000 is "10", 1 is "0.01".</summary>
        public static string FormatPercent(int basisPoints)
        {
            string s = Format(basisPoints, 2);
            int end = s.Length;
            while (s[end - 1] == '0') end--;
            if (s[end - 1] == '.') end--;
            return s.Substring(0, end);
        }

        private static bool IsDigit(byte c)
        {
            return c >= (byte)'0' && c <= (byte)'9';
        }
    }
}
