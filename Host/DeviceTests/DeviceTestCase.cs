using System;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.DeviceTests
{
    /// <summary>One launcher step as an xunit theory row, serializable so each is discovered and reported on its own.</summary>
    public sealed class DeviceTestCase : IXunitSerializable
    {
        public string ClassName { get; private set; }
        public int StepIndex { get; private set; }
        public string DisplayName { get; private set; }

        public DeviceTestCase()
        {
        }

        public DeviceTestCase(string className, int stepIndex, string displayName)
        {
            ClassName = className;
            StepIndex = stepIndex;
            DisplayName = displayName;
        }

        public void Deserialize(IXunitSerializationInfo info)
        {
            ClassName = info.GetValue<string>(nameof(ClassName));
            StepIndex = info.GetValue<int>(nameof(StepIndex));
            DisplayName = info.GetValue<string>(nameof(DisplayName));
        }

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue(nameof(ClassName), ClassName);
            info.AddValue(nameof(StepIndex), StepIndex);
            info.AddValue(nameof(DisplayName), DisplayName);
        }

        public override string ToString()
        {
            int dot = ClassName.LastIndexOf('.');
            return ClassName.Substring(dot + 1) + "." + DisplayName;
        }
    }
}
