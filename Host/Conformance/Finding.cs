namespace GlassesFirmware.Host.Conformance
{
    /// <summary>What a finding is about; docs/nanoframework-subset.md explains each rule.</summary>
    public enum Rule
    {
        Compile,
        GenericDefinition,
        GenericInstantiation,
        NullableValueType,
        MultidimensionalArray,
        ExcludedType,
        AsyncStateMachine,
        UnsafeCode,
        ForeignAssembly,
        ProjectFiles,
        StandIn,
        TestData,
        PackageFacts,
        StandInApi,
        Linking,
        StringArray,
        PeLimits,
    }

    /// <summary>One reason the device build would fail or misbehave, naming where.</summary>
    public sealed record Finding(string Project, Rule Rule, string Location, string Message)
    {
        public override string ToString() => $"{Project}: {Rule}: {Location}: {Message}";
    }
}
