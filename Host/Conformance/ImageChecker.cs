using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>
    /// Reads a compiled device assembly's metadata and IL and reports what nanoFramework v1 cannot run:
    /// generics (definitions and any instantiation, Action&lt;T&gt; and EventHandler&lt;T&gt; included), Nullable&lt;T&gt;,
    /// multidimensional arrays, types excluded from the device image, async state machines, pointers, and
    /// references to assemblies that are neither mscorlib nor a nanoFramework package.
    /// </summary>
    public sealed class ImageChecker
    {
        private static readonly Dictionary<string, string> Excluded = new()
        {
            ["System.Decimal"] = "decimal is excluded from the nanoFramework device image",
            ["System.DBNull"] = "DBNull is excluded from the nanoFramework device image",
            ["System.UIntPtr"] = "UIntPtr is excluded from the nanoFramework device image",
            ["System.TypedReference"] = "TypedReference is excluded from the nanoFramework device image",
        };

        private static readonly string[] AsyncTypes =
        {
            "System.Runtime.CompilerServices.IAsyncStateMachine",
            "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
            "System.Runtime.CompilerServices.AsyncTaskMethodBuilder",
            "System.Runtime.CompilerServices.AsyncVoidMethodBuilder",
        };

        private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null))
            .ToDictionary(o => o.Value, o => o.OperandType);

        private readonly MetadataReader _md;
        private readonly string _project;
        private readonly List<Finding> _findings = new();
        private readonly HashSet<string> _seen = new();
        private string _location;

        private ImageChecker(MetadataReader md, string project)
        {
            _md = md;
            _project = project;
        }

        /// <summary>Checks one assembly image; <paramref name="allowedAssemblies"/> are the references it may have.</summary>
        public static List<Finding> Check(byte[] image, string project, ISet<string> allowedAssemblies)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            var checker = new ImageChecker(pe.GetMetadataReader(), project);
            checker.CheckAssemblyReferences(allowedAssemblies);
            foreach (TypeDefinitionHandle type in checker._md.TypeDefinitions)
            {
                checker.CheckType(type, pe);
            }

            checker.CheckRemainingTypeReferences();
            return checker._findings;
        }

        private void Report(Rule rule, string message)
        {
            if (_seen.Add(_location + "|" + message))
            {
                _findings.Add(new Finding(_project, rule, _location, message));
            }
        }

        private void CheckAssemblyReferences(ISet<string> allowed)
        {
            _location = "assembly";
            foreach (AssemblyReferenceHandle handle in _md.AssemblyReferences)
            {
                string name = _md.GetString(_md.GetAssemblyReference(handle).Name);
                if (!allowed.Contains(name))
                {
                    Report(Rule.ForeignAssembly, "references assembly '" + name + "', which is neither mscorlib, a nanoFramework package nor a project of this solution");
                }
            }
        }

        private void CheckType(TypeDefinitionHandle handle, PEReader pe)
        {
            TypeDefinition type = _md.GetTypeDefinition(handle);
            string typeName = TypeName(handle);
            if (typeName == "<Module>")
            {
                return;
            }

            _location = typeName;
            if (type.GetGenericParameters().Count > 0)
            {
                Report(Rule.GenericDefinition, "generic type definition " + typeName);
            }

            CheckTypeHandle(type.BaseType);
            foreach (InterfaceImplementationHandle impl in type.GetInterfaceImplementations())
            {
                CheckTypeHandle(_md.GetInterfaceImplementation(impl).Interface);
            }

            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = _md.GetFieldDefinition(fieldHandle);
                _location = typeName + "." + _md.GetString(field.Name);
                field.DecodeSignature(new SignatureChecker(this), null);
            }

            foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
            {
                PropertyDefinition property = _md.GetPropertyDefinition(propertyHandle);
                _location = typeName + "." + _md.GetString(property.Name);
                property.DecodeSignature(new SignatureChecker(this), null);
            }

            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = _md.GetMethodDefinition(methodHandle);
                _location = typeName + "." + _md.GetString(method.Name) + "()";
                if (method.GetGenericParameters().Count > 0)
                {
                    Report(Rule.GenericDefinition, "generic method definition " + _md.GetString(method.Name) + "<...>");
                }

                method.DecodeSignature(new SignatureChecker(this), null);
                foreach (CustomAttributeHandle attribute in method.GetCustomAttributes())
                {
                    CheckAttribute(attribute);
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    CheckBody(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }

        private void CheckAttribute(CustomAttributeHandle handle)
        {
            EntityHandle ctor = _md.GetCustomAttribute(handle).Constructor;
            if (ctor.Kind == HandleKind.MemberReference)
            {
                CheckTypeHandle(_md.GetMemberReference((MemberReferenceHandle)ctor).Parent);
            }
        }

        private void CheckBody(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                StandaloneSignature locals = _md.GetStandaloneSignature(body.LocalSignature);
                locals.DecodeLocalSignature(new SignatureChecker(this), null);
            }

            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                if (!OperandTypes.TryGetValue(code, out OperandType operand))
                {
                    return;
                }

                switch (operand)
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        CheckToken(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        // Read the count first: "il.Offset += 4 * il.ReadInt32()" takes Offset before the count is read,
                        // lands 4 bytes short and walks the last jump target as instructions.
                        int targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.InlineString:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                }
            }
        }

        private void CheckToken(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    CheckTypeHandle(handle);
                    break;
                case HandleKind.MemberReference:
                    MemberReference member = _md.GetMemberReference((MemberReferenceHandle)handle);
                    CheckTypeHandle(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(new SignatureChecker(this), null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(new SignatureChecker(this), null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    MethodSpecification spec = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    ImmutableArray<string> args = spec.DecodeSignature(new SignatureChecker(this), null);
                    Report(Rule.GenericInstantiation, "generic method instantiation " + MethodName(spec.Method) + "<" + string.Join(",", args) + ">");
                    CheckToken(spec.Method);
                    break;
                case HandleKind.StandaloneSignature:
                    _md.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(new SignatureChecker(this), null);
                    break;
            }
        }

        private void CheckTypeHandle(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            if (handle.Kind == HandleKind.TypeSpecification)
            {
                _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(new SignatureChecker(this), null);
            }
            else
            {
                // A project may declare a type the compiler treats specially (e.g. its own IAsyncStateMachine).
                CheckNamedType(TypeName(handle));
            }
        }

        // Catches forbidden types reached some other way (e.g. an attribute argument), with the assembly as location.
        private void CheckRemainingTypeReferences()
        {
            _location = "assembly";
            foreach (TypeReferenceHandle handle in _md.TypeReferences)
            {
                string name = TypeName(handle);
                if (Excluded.ContainsKey(name) || name == "System.Nullable`1" || AsyncTypes.Any(a => name.StartsWith(a, StringComparison.Ordinal)))
                {
                    if (!_findings.Any(f => f.Message.Contains(name, StringComparison.Ordinal)))
                    {
                        CheckNamedType(name);
                    }
                }
            }
        }

        private void CheckNamedType(string name)
        {
            if (Excluded.TryGetValue(name, out string reason))
            {
                Report(Rule.ExcludedType, reason + " (" + name + ")");
            }
            else if (AsyncTypes.Any(a => name.StartsWith(a, StringComparison.Ordinal)) || name.StartsWith("System.Threading.Tasks.", StringComparison.Ordinal))
            {
                Report(Rule.AsyncStateMachine, "async/await needs " + name + ", which nanoFramework v1 does not have");
            }
        }

        private string TypeName(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    TypeDefinition def = _md.GetTypeDefinition((TypeDefinitionHandle)handle);
                    TypeDefinitionHandle declaring = def.GetDeclaringType();
                    string name = _md.GetString(def.Name);
                    if (!declaring.IsNil)
                    {
                        return TypeName(declaring) + "+" + name;
                    }

                    string ns = _md.GetString(def.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                case HandleKind.TypeReference:
                    TypeReference reference = _md.GetTypeReference((TypeReferenceHandle)handle);
                    string refName = _md.GetString(reference.Name);
                    if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
                    {
                        return TypeName((TypeReferenceHandle)reference.ResolutionScope) + "+" + refName;
                    }

                    string refNs = _md.GetString(reference.Namespace);
                    return refNs.Length == 0 ? refName : refNs + "." + refName;
                default:
                    return handle.Kind.ToString();
            }
        }

        private string MethodName(EntityHandle method)
        {
            if (method.Kind == HandleKind.MethodDefinition)
            {
                MethodDefinition def = _md.GetMethodDefinition((MethodDefinitionHandle)method);
                return TypeName(def.GetDeclaringType()) + "." + _md.GetString(def.Name);
            }

            MemberReference reference = _md.GetMemberReference((MemberReferenceHandle)method);
            string parent = reference.Parent.Kind == HandleKind.TypeSpecification ? "(generic type)" : TypeName(reference.Parent);
            return parent + "." + _md.GetString(reference.Name);
        }

        /// <summary>Names the types in a signature and reports every forbidden shape it meets.</summary>
        private sealed class SignatureChecker : ISignatureTypeProvider<string, object>
        {
            private readonly ImageChecker _owner;

            public SignatureChecker(ImageChecker owner)
            {
                _owner = owner;
            }

            public string GetArrayType(string elementType, ArrayShape shape)
            {
                string name = elementType + "[" + new string(',', shape.Rank - 1) + "]";
                _owner.Report(Rule.MultidimensionalArray, "multidimensional array " + name + " (nanoFramework has only single-dimension arrays; use jagged arrays or index arithmetic)");
                return name;
            }

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
            {
                string name = genericType + "<" + string.Join(",", typeArguments) + ">";
                if (genericType == "System.Nullable`1")
                {
                    _owner.Report(Rule.NullableValueType, "Nullable<T> (" + typeArguments[0] + "?) does not exist on nanoFramework v1");
                }
                else
                {
                    _owner.Report(Rule.GenericInstantiation, "generic instantiation " + name + " (nanoFramework v1 has no generics)");
                }

                return name;
            }

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => _owner.TypeName(handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                string name = _owner.TypeName(handle);
                _owner.CheckNamedType(name);
                return name;
            }

            public string GetTypeFromSpecification(MetadataReader reader, object context, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, context);

            public string GetPrimitiveType(PrimitiveTypeCode typeCode)
            {
                if (typeCode == PrimitiveTypeCode.UIntPtr || typeCode == PrimitiveTypeCode.TypedReference)
                {
                    _owner.CheckNamedType("System." + typeCode);
                }

                return typeCode.ToString();
            }

            public string GetSZArrayType(string elementType) => elementType + "[]";
            public string GetByReferenceType(string elementType) => elementType + "&";
            public string GetGenericMethodParameter(object context, int index) => "!!" + index;
            public string GetGenericTypeParameter(object context, int index) => "!" + index;
            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

            public string GetPinnedType(string elementType)
            {
                _owner.Report(Rule.UnsafeCode, "pinned local " + elementType + " (nanoFramework has no unsafe code)");
                return elementType;
            }

            public string GetPointerType(string elementType)
            {
                _owner.Report(Rule.UnsafeCode, "pointer " + elementType + "* (nanoFramework has no unsafe code)");
                return elementType + "*";
            }

            public string GetFunctionPointerType(MethodSignature<string> signature)
            {
                _owner.Report(Rule.UnsafeCode, "function pointer (nanoFramework has no unsafe code)");
                return "method*";
            }
        }
    }
}
