using System.Reflection;
using System.Reflection.Emit;

namespace PlaylistOrganizer.Core.Tests.Architecture;

/// <summary>
/// Which types the compiled code of an assembly refers to: signatures (base types, fields, properties, parameters,
/// return types, generic arguments) and method bodies, read from their IL. Bodies matter: a static call such as
/// <c>ActivityEntry.Record(...)</c> or a lambda over another feature's entity appears nowhere else, and a file needs no
/// <c>using</c> for a type it only reaches through <c>var</c>.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Pairs (type in the assembly, type it refers to), compiler-generated types (lambdas, async state machines)
    /// counted as part of the namespace they are nested in.</summary>
    public static IEnumerable<(Type From, Type To)> Of(Assembly assembly) =>
        assembly.GetTypes().SelectMany(type => ReferencedBy(type).SelectMany(Expand).Select(to => (type, to)));

    /// <summary>Whether <paramref name="type"/> is in <paramref name="ns"/> or one of its sub-namespaces.</summary>
    public static bool IsIn(this Type type, string ns) => type.Namespace is { } own && (own == ns || own.StartsWith(ns + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> ReferencedBy(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var field in type.GetFields(Declared)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Declared)) yield return property.PropertyType;
        var methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));
        if (type.TypeInitializer is { } initializer) methods = methods.Append(initializer);
        foreach (var method in methods)
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var used in InBody(method)) yield return used;
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodBase m:
                        if (m.DeclaringType is { } declaring) yield return declaring;
                        if (m is MethodInfo { IsGenericMethod: true } generic) foreach (var a in generic.GetGenericArguments()) yield return a;
                        break;
                }
            }
            at += OperandSize(opCode, il, at);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    /// <summary>A type with the types it is made of: array elements, generic arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType) return Expand(type.GetElementType()!);
        if (type.IsGenericParameter) return [];
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type) : [type];
    }
}
