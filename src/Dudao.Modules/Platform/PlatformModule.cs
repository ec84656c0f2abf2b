using Dudao.Modules.Accounts;
using Dudao.Modules.Platform.AuditTrail;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Platform.PublicContacts;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Platform.Todos;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Platform;

/// <summary>
/// What the supervision modules share: scheduled jobs, notices to units, the working-day calendar,
/// configurable rules, stored files, and the audit trail's hash chain and retention.
/// </summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IPermissionSet, PlatformPermissions>();
        services.AddScoped<JobService>();
        services.AddScoped<JobLeases>();
        // Off in tests, which run jobs on demand so that nothing happens behind their back.
        if (config.GetValue("Dudao:Jobs:Scheduler", true)) services.AddHostedService<JobScheduler>();
        services.AddScoped<NoticeService>();
        services.AddScoped<DeadlineNotices>();
        services.AddScoped<TodoService>();
        services.AddSingleton<WorkCalendar>();
        services.AddScoped<HolidayService>();
        services.AddScoped<SchoolVacations>();
        services.AddScoped<RuleService>();
        services.AddScoped<PublicContactService>();
        services.AddScoped<LetterheadService>();
        services.AddSingleton<FileRoot>();
        services.AddFileBlobs(config);
        services.AddScoped<FileStore>();
        services.AddSingleton<PendingUploads>();
        services.AddScoped<ISaveChangesInterceptor, FileWrites>();
        services.AddScoped<IScheduledJob, OrphanFileSweep>();
        services.AddAuditTrail(config);
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder api)
    {
        api.MapNoticeEndpoints();
        api.MapTodoEndpoints();
        api.MapRuleEndpoints();
        api.MapHolidayEndpoints();
        api.MapVacationEndpoints();
        api.MapFileDownload("/files/{id}").WithTags("Files").WithName("DownloadFile").WithSummary("下载附件");
        api.MapJobEndpoints();
        return api;
    }

    /// <summary>Stored files linked from the staff pages.</summary>
    public static IEndpointRouteBuilder MapPlatformPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffDownloads().MapFileDownload("/files/{id}");
        return app;
    }
}
