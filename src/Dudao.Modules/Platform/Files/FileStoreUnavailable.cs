using Dudao.Core.Errors;

namespace Dudao.Modules.Platform.Files;

/// <summary>The file store could not be reached: 503 with a message that says nothing was saved, never a 500.</summary>
public static class FileStoreUnavailable
{
    public const string Message = "文件存储服务暂时无法访问，本次提交未保存，请稍后重试";

    public static DomainException Exception() => new(503, Message);
}
