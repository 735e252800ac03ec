using System;
using System.Collections.Generic;
using System.Globalization;

namespace GlassesFirmware.Host.Simulator.Demo
{
    /// <summary>Command-line options of the form <c>--flag</c> and <c>--name VALUE</c>; anything else is an error.</summary>
    public sealed class Options
    {
        private readonly HashSet<string> _flags = new HashSet<string>();
        private readonly Dictionary<string, List<string>> _values = new Dictionary<string, List<string>>();

        /// <summary>Parses <paramref name="args"/>; null with <paramref name="error"/> set when they do not fit.</summary>
        public static Options Parse(string[] args, string[] flags, string[] valued, out string error)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                if (Array.IndexOf(flags, args[i]) >= 0)
                {
                    o._flags.Add(args[i]);
                }
                else if (Array.IndexOf(valued, args[i]) >= 0 && i + 1 < args.Length)
                {
                    if (!o._values.TryGetValue(args[i], out List<string> values))
                    {
                        o._values[args[i]] = values = new List<string>();
                    }
                    values.Add(args[++i]);
                }
                else
                {
                    error = Array.IndexOf(valued, args[i]) >= 0 ? args[i] + " needs a value" : "unknown argument '" + args[i] + "'";
                    return null;
                }
            }
            error = null;
            return o;
        }

        /// <summary>True when <paramref name="flag"/> was given.</summary>
        public bool Has(string flag) => _flags.Contains(flag);

        /// <summary>The value after <paramref name="name"/> (the last one when given several times), or <paramref name="fallback"/>.</summary>
        public string Get(string name, string fallback = null) => _values.TryGetValue(name, out List<string> v) ? v[v.Count - 1] : fallback;

        /// <summary>Every value given after <paramref name="name"/>, in order (options that may repeat, such as <c>--limit</c>).</summary>
        public string[] GetAll(string name) => _values.TryGetValue(name, out List<string> v) ? v.ToArray() : new string[0];

        /// <summary>A port number (0 = any free one); false when the value is not one.</summary>
        public bool TryPort(string name, out int port)
        {
            port = 0;
            string v = Get(name);
            return v == null || (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535);
        }
    }
}
