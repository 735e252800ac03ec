using System.Collections;

namespace GlassesFirmware.Payload
{
    /// <summary>Collects findings for one analysis and turns spec rules into severities by policy.</summary>
    internal sealed class FindingList
    {
        /// <summary>Shared empty result, so a clean payload allocates no findings at all.</summary>
        public static readonly Finding[] Empty = new Finding[0];

        private readonly ValidationPolicy _policy;
        private ArrayList _items;

        public FindingList(ValidationPolicy policy)
        {
            _policy = policy;
        }

        public bool Strict
        {
            get { return _policy == ValidationPolicy.Strict; }
        }

        public bool HasErrors { get; private set; }

        public int Count
        {
            get { return _items == null ? 0 : _items.Count; }
        }

        /// <summary>A rule that rejects under both policies.</summary>
        public void Error(FindingCode code, string tag, string message)
        {
            Add(code, FindingSeverity.Error, tag, message);
        }

        /// <summary>A rule that only warns under both policies.</summary>
        public void Warning(FindingCode code, string tag, string message)
        {
            Add(code, FindingSeverity.Warning, tag, message);
        }

        /// <summary>
        /// An EMVCo "shall" that the device policy relaxes: an error under the strict policy, a warning
        /// (with the device's handling appended) under the device policy.
        /// </summary>
        public void Relaxed(FindingCode code, string tag, string message, string deviceHandling)
        {
            if (Strict)
            {
                Add(code, FindingSeverity.Error, tag, message);
            }
            else
            {
                Add(code, FindingSeverity.Warning, tag, message + " [" + deviceHandling + "]");
            }
        }

        public void Add(FindingCode code, FindingSeverity severity, string tag, string message)
        {
            if (_items == null) _items = new ArrayList();
            _items.Add(new Finding(code, severity, tag, message));
            if (severity == FindingSeverity.Error) HasErrors = true;
        }

        public Finding[] ToArray()
        {
            if (Count == 0) return Empty;
            Finding[] result = new Finding[_items.Count];
            for (int i = 0; i < result.Length; i++) result[i] = (Finding)_items[i];
            return result;
        }
    }
}
