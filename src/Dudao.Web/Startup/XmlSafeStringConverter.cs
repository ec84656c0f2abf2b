using System.Text.Json;
using System.Text.Json.Serialization;
using Dudao.Core.Text;

namespace Dudao.Web.Startup;

/// <summary>
/// Reads every string of a JSON request body and refuses one holding a character XML cannot carry,
/// so the API checks it in one place rather than in every validator; the problem handler answers
/// 400 with the JSON field named (<see cref="ForbiddenTextException"/>).
/// </summary>
internal sealed class XmlSafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Any other token stays the serializer's type error, as without this converter.
        if (reader.TokenType != JsonTokenType.String) return reader.GetString();
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped unpaired surrogate ("\ud800") cannot be read as a string at all.
            throw new ForbiddenTextException("含有不成对的代理字符，请删除后重新填写");
        }
        return XmlChars.Check(text) is { } problem ? throw new ForbiddenTextException(problem) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON string refused by <see cref="XmlSafeStringConverter"/>; the serializer adds the field's path.</summary>
internal sealed class ForbiddenTextException(string message) : JsonException(message)
{
    /// <summary>"$.reporter.name" → "reporter.name", the key validation errors use.</summary>
    public string Field => Path switch
    {
        null or "$" => "body",
        var p when p.StartsWith("$.", StringComparison.Ordinal) => p[2..],
        var p => p.TrimStart('$'),
    };
}
