using System;

namespace nanoFramework.Json
{
    /// <summary>What nanoFramework.Json throws for input it cannot read: malformed JSON, an escape it does not know, a root that is not an object or array.</summary>
    [Serializable]
    public class DeserializationException : Exception
    {
        /// <summary>As the device library has it: no message.</summary>
        public DeserializationException()
        {
        }

        /// <summary>With the reason, for the host's messages (the device library gives none).</summary>
        internal DeserializationException(string reason, Exception inner = null)
            : base(reason, inner)
        {
        }
    }
}
