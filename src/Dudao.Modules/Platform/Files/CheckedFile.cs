namespace Dudao.Modules.Platform.Files;

/// <summary>An upload read and checked (size, type by content), not yet stored.</summary>
public sealed record CheckedFile(string FileName, FileKinds.Kind Kind, byte[] Content);
