using System;
using System.Globalization;
using System.Text;

namespace nanoFramework.Json
{
    /// <summary>
    /// The values nanoFramework.Json 2.2.203 gives JSON strings on the device, where they differ from the JSON
    /// text: its lexer knows only the escapes \" \\ \b \f \n \r \t (\/ throws, and \u reads only number characters,
    /// digits, e, E, +, - and ., so "\u4f73" throws; the host refuses every \u), keeps half of a 4-byte UTF-8
    /// character (a device string cannot hold it; the host writes U+FFFD), wraps a string that starts with a quote
    /// in one more pair of quotes, and reads a string of 18 or more characters that looks like a date as a DateTime
    /// (the host refuses those values).
    /// </summary>
    internal static class DeviceStrings
    {
        private const string DeviceEscapes = "\"\\bfnrt";

        /// <summary>Throws <see cref="DeserializationException"/> at the first escape the device lexer refuses (\u, \/) in <paramref name="json"/>.</summary>
        internal static void CheckEscapes(byte[] json)
        {
            for (int i = 0; i < json.Length - 1; i++)
            {
                if (json[i] != (byte)'\\')
                {
                    continue;
                }

                // Outside strings a backslash is malformed JSON, which the parser refuses anyway.
                if (DeviceEscapes.IndexOf((char)json[i + 1]) < 0)
                {
                    throw new DeserializationException("escape \\" + (char)json[i + 1] + " at byte " + i + ": the device library reads only \\\" \\\\ \\b \\f \\n \\r \\t (and \\u with digits only)");
                }

                i++;
            }
        }

        /// <summary>A string as the device lexer hands it on: supplementary characters lost, a leading quote wrapped.</summary>
        internal static string Read(string decoded)
        {
            var text = new StringBuilder(decoded.Length + 2);
            foreach (Rune rune in decoded.EnumerateRunes())
            {
                if (rune.IsBmp)
                {
                    text.Append((char)rune.Value);
                }
                else
                {
                    text.Append('\uFFFD');
                }
            }

            if (text.Length > 0 && text[0] == '"')
            {
                text.Insert(0, '"').Append('"');
            }

            return text.ToString();
        }

        /// <summary>A string value bound to a member or element; throws <see cref="NotSupportedException"/> where the device reads a date.</summary>
        internal static string Value(string decoded)
        {
            string value = Read(decoded);
            if (LooksLikeADate(value))
            {
                throw new NotSupportedException("the device library reads \"" + value + "\" as a DateTime, not as this text");
            }

            return value;
        }

        /// <summary>
        /// The device's conversion of a string into a string member: a value that starts or ends with a quote loses its
        /// first and last characters, and then, if the value holds a backslash followed by an escape letter, that
        /// escape is resolved once more.
        /// </summary>
        internal static string ToStringMember(string value)
        {
            if (!value.StartsWith('"') && !value.EndsWith('"'))
            {
                return value;
            }

            string inner = value.Substring(1, value.Length - 2);
            if (!HasEscapeSequence(value))
            {
                return inner;
            }

            var result = new StringBuilder(inner.Length);
            for (int i = 0; i < inner.Length - 1; i++)
            {
                if (inner[i] != '\\')
                {
                    result.Append(inner[i]);
                    continue;
                }

                result.Append(Unescape(inner[++i]));
                if (i == inner.Length - 1)
                {
                    return result.ToString();
                }
            }

            return result.Append(inner[inner.Length - 1]).ToString();
        }

        private static bool HasEscapeSequence(string value)
        {
            for (int i = 0; i < value.Length - 1; i++)
            {
                if (value[i] == '\\' && DeviceEscapes.IndexOf(value[i + 1]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static char Unescape(char letter)
        {
            switch (letter)
            {
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case '\\': return '\\';
                case '"': return '"';
                default: throw new InvalidOperationException("no escape \\" + letter);
            }
        }

        // The device lexer's date test: 18 characters or more, and a date to DateTime.TryParse (approximated by .NET's
        // ISO 8601 reading), to the ASP.NET form "...(number)..." (a number there is a date even when the ticks are out
        // of range), or to the iCalendar form yyyyMMddTHHmmss with a year the device's DateTime holds (1601 to 3000).
        private static bool LooksLikeADate(string value)
        {
            if (value.Length < 18)
            {
                return false;
            }

            if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
            {
                return true;
            }

            string[] parts = value.Split('(', ')');
            if (parts.Length >= 2 && DeviceInt(parts[1]) != null)
            {
                return true;
            }

            return LooksLikeICalendar(value);
        }

        private static bool LooksLikeICalendar(string value)
        {
            string time = value;
            if (value.Contains("DTSTART") || value.Contains("DTEND"))
            {
                string[] halves = value.Split(':');
                time = halves.Length > 1 ? halves[1] : value;
            }

            if (value.Contains("TZID"))
            {
                string[] parts = value.Split(';', '=', ':');
                if (parts.Length < 4)
                {
                    return false; // the device throws inside its try and reads no date
                }

                time = parts[3];
            }
            else if (value.EndsWith('Z'))
            {
                time = time.Substring(0, time.Length - 1);
            }

            if (time.Length < 15)
            {
                return false;
            }

            int? year = DeviceInt(time.Substring(0, 4));
            int? month = DeviceInt(time.Substring(4, 2));
            int? day = DeviceInt(time.Substring(6, 2));
            int? hour = DeviceInt(time.Substring(9, 2));
            int? minute = DeviceInt(time.Substring(11, 2));
            int? second = DeviceInt(time.Substring(13, 2));
            return year >= 1601 && year <= 3000 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
                && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
        }

        // int.TryParse on the device: spaces around, an optional sign, decimal digits.
        private static int? DeviceInt(string text)
        {
            return int.TryParse(text.Trim(' '), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : null;
        }
    }
}
