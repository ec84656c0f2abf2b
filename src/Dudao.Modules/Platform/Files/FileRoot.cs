using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Dudao.Modules.Platform.Files;

/// <summary>
/// Where uploads live on the disk backend (<see cref="DiskFileBlobs"/>): <c>Dudao:Files:Root</c>, default <c>App_Data/files</c> beside the app, outside
/// the web root. Each file sits under its record's region (<c>500107/2026/11/&lt;id&gt;.png</c>), so a
/// county's files can be swept, backed up or moved on their own.
/// </summary>
public sealed class FileRoot(IConfiguration config, IHostEnvironment env)
{
    public string Path { get; } = config["Dudao:Files:Root"] is { Length: > 0 } root ? root : System.IO.Path.Combine(env.ContentRootPath, "App_Data", "files");
}
