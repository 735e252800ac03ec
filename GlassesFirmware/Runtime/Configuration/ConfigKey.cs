namespace GlassesFirmware.Configuration
{
    /// <summary>One key nf.config may contain: its type, limits and default.</summary>
    public sealed class ConfigKey
    {
        /// <summary>The dotted lower-case name, e.g. <c>pin.button</c>.</summary>
        public readonly string Name;

        /// <summary>How the value is read.</summary>
        public readonly ConfigValueType Type;

        /// <summary>Lower bound: value for integers and pins, length for text.</summary>
        public readonly long Min;

        /// <summary>Upper bound: value for integers and pins, length for text.</summary>
        public readonly long Max;

        /// <summary>The allowed words of a <see cref="ConfigValueType.Choice"/> key, else null.</summary>
        public readonly string[] Choices;

        /// <summary>The value used when the key is absent; null makes the key required.</summary>
        public readonly string Default;

        /// <summary>One sentence for docs and error messages.</summary>
        public readonly string Description;

        /// <summary>Creates a key description.</summary>
        public ConfigKey(string name, ConfigValueType type, long min, long max, string[] choices, string defaultValue, string description)
        {
            Name = name;
            Type = type;
            Min = min;
            Max = max;
            Choices = choices;
            Default = defaultValue;
            Description = description;
        }
    }
}
