using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>
    /// The public surface of a compiled assembly as C# documentation IDs (T:, M:, P:, F:, E:, with <c>@</c> for
    /// by-ref, nested types joined with <c>.</c>, <c>`n</c> / <c>``n</c> for generic parameters), plus one
    /// <c>B:Type -&gt; Base</c> line per type and one
    /// <c>F:Type.Field=VALUE</c> line per constant: the format of the upstream API listings in
    /// ../shared/nanoframework/api, so a stand-in can be compared with its package line by line.
    /// Public and protected members of visible types are listed; accessors are not (their property or event is).
    /// </summary>
    public static class DocumentationIds
    {
        /// <summary>Every documentation ID (and base-type line) <paramref name="image"/> exposes.</summary>
        public static List<string> Read(byte[] image)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            MetadataReader md = pe.GetMetadataReader();
            var names = new SignatureNames(md);
            var ids = new List<string>();
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                if (!IsVisible(md, type))
                {
                    continue;
                }

                string typeName = names.Definition(handle);
                ids.Add("T:" + typeName);
                ids.Add("B:" + typeName + " -> " + (type.BaseType.IsNil ? "(none)" : names.Entity(type.BaseType)));
                var accessors = new HashSet<MethodDefinitionHandle>();
                foreach (PropertyDefinitionHandle p in type.GetProperties())
                {
                    PropertyDefinition property = md.GetPropertyDefinition(p);
                    PropertyAccessors a = property.GetAccessors();
                    accessors.Add(a.Getter);
                    accessors.Add(a.Setter);
                    if (Exposed(md, a.Getter) || Exposed(md, a.Setter))
                    {
                        ImmutableArray<string> parameters = property.DecodeSignature(names, null).ParameterTypes;
                        ids.Add("P:" + typeName + "." + md.GetString(property.Name) + Parameters(parameters));
                    }
                }

                foreach (EventDefinitionHandle e in type.GetEvents())
                {
                    EventDefinition ev = md.GetEventDefinition(e);
                    EventAccessors a = ev.GetAccessors();
                    accessors.Add(a.Adder);
                    accessors.Add(a.Remover);
                    accessors.Add(a.Raiser);
                    if (Exposed(md, a.Adder))
                    {
                        ids.Add("E:" + typeName + "." + md.GetString(ev.Name));
                    }
                }

                foreach (FieldDefinitionHandle f in type.GetFields())
                {
                    FieldDefinition field = md.GetFieldDefinition(f);
                    FieldAttributes access = field.Attributes & FieldAttributes.FieldAccessMask;
                    if ((access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem)
                        && (field.Attributes & FieldAttributes.SpecialName) == 0)
                    {
                        string id = "F:" + typeName + "." + md.GetString(field.Name);
                        ids.Add(id);
                        if (!field.GetDefaultValue().IsNil)
                        {
                            ids.Add(id + "=" + ConstantValue(md, md.GetConstant(field.GetDefaultValue())));
                        }
                    }
                }

                foreach (MethodDefinitionHandle m in type.GetMethods())
                {
                    if (!accessors.Contains(m) && Exposed(md, m))
                    {
                        ids.Add("M:" + typeName + "." + MethodId(md, names, md.GetMethodDefinition(m)));
                    }
                }
            }

            return ids;
        }

        // The raw underlying value, strings quoted: the listing's "F:Type.Field=VALUE" form.
        private static string ConstantValue(MetadataReader md, Constant constant)
        {
            BlobReader blob = md.GetBlobReader(constant.Value);
            object value = constant.TypeCode == ConstantTypeCode.String ? "\"" + blob.ReadUTF16(blob.Length) + "\"" : blob.ReadConstant(constant.TypeCode);
            return System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string MethodId(MetadataReader md, SignatureNames names, MethodDefinition method)
        {
            string name = md.GetString(method.Name).Replace('.', '#');
            MethodSignature<string> signature = method.DecodeSignature(names, null);
            string id = name + (signature.GenericParameterCount > 0 ? "``" + signature.GenericParameterCount : "") + Parameters(signature.ParameterTypes);
            return name == "op_Implicit" || name == "op_Explicit" ? id + "~" + signature.ReturnType : id;
        }

        private static string Parameters(ImmutableArray<string> types) => types.Length == 0 ? "" : "(" + string.Join(",", types) + ")";

        private static bool Exposed(MetadataReader md, MethodDefinitionHandle handle)
        {
            if (handle.IsNil)
            {
                return false;
            }

            MethodAttributes access = md.GetMethodDefinition(handle).Attributes & MethodAttributes.MemberAccessMask;
            return access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem;
        }

        private static bool IsVisible(MetadataReader md, TypeDefinition type)
        {
            TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            bool nestedVisible = visibility == TypeAttributes.NestedPublic || visibility == TypeAttributes.NestedFamily || visibility == TypeAttributes.NestedFamORAssem;
            return nestedVisible && IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()));
        }

        /// <summary>Type names in documentation-ID form.</summary>
        private sealed class SignatureNames : ISignatureTypeProvider<string, object>
        {
            private readonly MetadataReader _md;

            public SignatureNames(MetadataReader md)
            {
                _md = md;
            }

            public string Entity(EntityHandle handle) => handle.Kind switch
            {
                HandleKind.TypeDefinition => Definition((TypeDefinitionHandle)handle),
                HandleKind.TypeReference => Reference((TypeReferenceHandle)handle),
                _ => _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            };

            public string Definition(TypeDefinitionHandle handle)
            {
                TypeDefinition type = _md.GetTypeDefinition(handle);
                string name = _md.GetString(type.Name);
                if (!type.GetDeclaringType().IsNil)
                {
                    return Definition(type.GetDeclaringType()) + "." + name;
                }

                string ns = _md.GetString(type.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            private string Reference(TypeReferenceHandle handle)
            {
                TypeReference type = _md.GetTypeReference(handle);
                string name = _md.GetString(type.Name);
                if (type.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    return Reference((TypeReferenceHandle)type.ResolutionScope) + "." + name;
                }

                string ns = _md.GetString(type.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;
            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Definition(handle);
            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Reference(handle);
            public string GetTypeFromSpecification(MetadataReader reader, object context, TypeSpecificationHandle handle, byte rawTypeKind) => Entity(handle);
            public string GetSZArrayType(string elementType) => elementType + "[]";
            public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + string.Join(",", Enumerable.Repeat("0:", shape.Rank)) + "]";
            public string GetByReferenceType(string elementType) => elementType + "@";
            public string GetPointerType(string elementType) => elementType + "*";
            public string GetPinnedType(string elementType) => elementType;
            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
            public string GetGenericMethodParameter(object context, int index) => "``" + index;
            public string GetGenericTypeParameter(object context, int index) => "`" + index;
            public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
            {
                int tick = genericType.LastIndexOf('`');
                return (tick < 0 ? genericType : genericType.Substring(0, tick)) + "{" + string.Join(",", typeArguments) + "}";
            }
        }
    }
}
