using System;
using System.Collections;
using GlassesFirmware.Text;

namespace GlassesFirmware.Configuration
{
    /// <summary>
    /// The validated contents of nf.config: one <c>key = value</c> per line, whole-line <c>#</c> comments,
    /// printable ASCII only. Read once at boot; any issue refuses the whole file, so the device never
    /// runs on a half-understood configuration.
    /// </summary>
    public sealed class DeviceConfig
    {
        private readonly string[] _values;

        private DeviceConfig(string[] values)
        {
            _values = values;
        }

        /// <summary>
        /// Parses and validates nf.config. Returns the issues found (empty when valid) and sets
        /// <paramref name="config"/> only when there are none.
        /// </summary>
        public static ConfigIssue[] Load(byte[] text, int offset, int count, out DeviceConfig config)
        {
            config = null;
            ConfigKey[] keys = ConfigSchema.Keys;
            string[] values = StringArrays.Filled(keys.Length, null);
            int[] lines = new int[keys.Length];
            ArrayList issues = new ArrayList();

            if (text == null || offset < 0 || count < 0 || offset > text.Length - count)
            {
                issues.Add(new ConfigIssue(0, null, ConfigIssueCode.Syntax, "the configuration could not be read"));
                return ToArray(issues);
            }

            int lineNumber = 0;
            int end = offset + count;
            int start = offset;
            while (start < end)
            {
                int stop = start;
                while (stop < end && text[stop] != (byte)'\n')
                {
                    stop++;
                }

                lineNumber++;
                ReadLine(text, start, stop, lineNumber, values, lines, issues);
                start = stop + 1;
            }

            for (int i = 0; i < keys.Length; i++)
            {
                // A key that was present but refused already has its issue.
                if (values[i] != null || lines[i] != 0)
                {
                    continue;
                }

                if (keys[i].Default == null)
                {
                    issues.Add(new ConfigIssue(0, keys[i].Name, ConfigIssueCode.MissingKey, "required key '" + keys[i].Name + "' is missing (" + keys[i].Description + ")"));
                }
                else
                {
                    values[i] = keys[i].Default;
                }
            }

            CheckPinConflicts(keys, values, lines, issues);

            if (issues.Count == 0)
            {
                config = new DeviceConfig(values);
            }

            return ToArray(issues);
        }

        /// <summary>The text of a <see cref="ConfigValueType.Text"/>, <see cref="ConfigValueType.Choice"/>, URL or fingerprint key.</summary>
        public string GetText(string key)
        {
            return _values[IndexOf(key)];
        }

        /// <summary>The value of an integer or pin key.</summary>
        public long GetInteger(string key)
        {
            long value;
            TryParseInteger(_values[IndexOf(key)], out value);
            return value;
        }

        /// <summary>The value of a boolean key.</summary>
        public bool GetBoolean(string key)
        {
            return _values[IndexOf(key)] == "true";
        }

        /// <summary>The entries of a host-list key (empty array when the list is empty).</summary>
        public string[] GetList(string key)
        {
            string value = _values[IndexOf(key)];
            if (value.Length == 0)
            {
                return new string[0];
            }

            string[] parts = value.Split(',');
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Trim();
            }

            return parts;
        }

        private static int IndexOf(string key)
        {
            int index = ConfigSchema.IndexOf(key);
            if (index < 0)
            {
                throw new ArgumentException("not a configuration key: " + key);
            }

            return index;
        }

        private static void ReadLine(byte[] text, int start, int stop, int lineNumber, string[] values, int[] lines, ArrayList issues)
        {
            char[] chars = new char[stop - start];
            int length = 0;
            for (int i = start; i < stop; i++)
            {
                byte b = text[i];
                if (b == (byte)'\r' && i == stop - 1)
                {
                    break;
                }

                if ((b < 0x20 && b != (byte)'\t') || b > 0x7E)
                {
                    issues.Add(new ConfigIssue(lineNumber, null, ConfigIssueCode.Syntax, "byte 0x" + b.ToString("X2") + " at column " + (i - start + 1).ToString() + " is not printable ASCII"));
                    return;
                }

                chars[length++] = (char)b;
            }

            string line = new string(chars, 0, length).Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                issues.Add(new ConfigIssue(lineNumber, null, ConfigIssueCode.Syntax, "expected 'key = value', found '" + line + "'"));
                return;
            }

            string key = line.Substring(0, equals).Trim();
            string value = line.Substring(equals + 1).Trim();
            int index = ConfigSchema.IndexOf(key);
            if (index < 0)
            {
                issues.Add(new ConfigIssue(lineNumber, key, ConfigIssueCode.UnknownKey, "unknown key '" + key + "'"));
                return;
            }

            if (lines[index] != 0)
            {
                issues.Add(new ConfigIssue(lineNumber, key, ConfigIssueCode.DuplicateKey, "key '" + key + "' is already set on line " + lines[index].ToString()));
                return;
            }

            lines[index] = lineNumber;
            string problem = Check(ConfigSchema.Keys[index], value);
            if (problem != null)
            {
                ConfigIssueCode code = problem[0] == 'R' ? ConfigIssueCode.OutOfRange : ConfigIssueCode.WrongType;
                issues.Add(new ConfigIssue(lineNumber, key, code, key + " = '" + value + "': " + problem.Substring(2)));
                return;
            }

            values[index] = value;
        }

        // Returns null when the value fits the key, else "T:reason" (wrong type) or "R:reason" (out of range).
        private static string Check(ConfigKey key, string value)
        {
            long number;
            switch (key.Type)
            {
                case ConfigValueType.Integer:
                case ConfigValueType.Pin:
                    if (!TryParseInteger(value, out number))
                    {
                        return "T:expected a whole number";
                    }

                    if (number < key.Min || number > key.Max)
                    {
                        return "R:must be between " + key.Min.ToString() + " and " + key.Max.ToString();
                    }

                    return null;

                case ConfigValueType.Boolean:
                    return value == "true" || value == "false" ? null : "T:expected true or false";

                case ConfigValueType.Choice:
                    for (int i = 0; i < key.Choices.Length; i++)
                    {
                        if (key.Choices[i] == value)
                        {
                            return null;
                        }
                    }

                    return "R:expected one of " + JoinChoices(key.Choices);

                case ConfigValueType.Text:
                    return value.Length < key.Min || value.Length > key.Max
                        ? "R:length must be between " + key.Min.ToString() + " and " + key.Max.ToString() + " characters"
                        : null;

                default:
                    return CheckHostList(value, key.Max);
            }
        }

        private static string CheckHostList(string value, long maxLength)
        {
            if (value.Length > maxLength)
            {
                return "R:longer than " + maxLength.ToString() + " characters";
            }

            if (value.Length == 0)
            {
                return null;
            }

            string[] hosts = value.Split(',');
            for (int h = 0; h < hosts.Length; h++)
            {
                string host = hosts[h].Trim();
                if (host.Length == 0 || host[0] == '.' || host[host.Length - 1] == '.')
                {
                    return "T:host " + (h + 1).ToString() + " is empty or starts/ends with a dot";
                }

                char[] chars = host.ToCharArray(); // not host[i]: O(i) on the device
                for (int i = 0; i < chars.Length; i++)
                {
                    char c = chars[i];
                    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                    if (!ok)
                    {
                        return "T:host '" + host + "' may hold only lower-case letters, digits, dots and hyphens";
                    }
                }
            }

            return null;
        }

        private static void CheckPinConflicts(ConfigKey[] keys, string[] values, int[] lines, ArrayList issues)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].Type != ConfigValueType.Pin || values[i] == null)
                {
                    continue;
                }

                long pin;
                if (!TryParseInteger(values[i], out pin) || pin < 0)
                {
                    continue;
                }

                for (int j = i + 1; j < keys.Length; j++)
                {
                    long other;
                    if (keys[j].Type == ConfigValueType.Pin && values[j] != null && TryParseInteger(values[j], out other) && other == pin)
                    {
                        int line = lines[j] != 0 ? lines[j] : lines[i];
                        issues.Add(new ConfigIssue(line, keys[j].Name, ConfigIssueCode.PinConflict,
                            keys[j].Name + " = " + pin.ToString() + " conflicts with " + keys[i].Name + " (line " + lines[i].ToString() + "): one GPIO cannot serve two functions"));
                    }
                }
            }
        }

        private static bool TryParseInteger(string digits, out long value)
        {
            char[] text = digits.ToCharArray(); // not digits[i]: O(i) on the device
            value = 0;
            int i = 0;
            bool negative = text.Length > 0 && text[0] == '-';
            if (negative)
            {
                i = 1;
            }

            // 18 digits always fit in a long; nothing configurable needs more.
            if (text.Length == i || text.Length - i > 18)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private static string JoinChoices(string[] choices)
        {
            string text = choices[0];
            for (int i = 1; i < choices.Length; i++)
            {
                text += ", " + choices[i];
            }

            return text;
        }

        private static ConfigIssue[] ToArray(ArrayList issues)
        {
            ConfigIssue[] result = new ConfigIssue[issues.Count];
            issues.CopyTo(result);
            return result;
        }
    }
}
