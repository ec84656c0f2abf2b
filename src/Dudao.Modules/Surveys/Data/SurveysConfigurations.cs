using Dudao.Modules.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dudao.Modules.Surveys.Data;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.ToTable("questionnaires");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.OwnerRegion).HasMaxLength(9);
        b.Property(x => x.BasedOnId).HasMaxLength(32);
        b.HasIndex(x => x.OwnerRegion);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.ToTable("survey_questions");
        b.HasKey(x => new { x.QuestionnaireId, x.Code });
        b.Property(x => x.QuestionnaireId).HasMaxLength(32);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(300);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Options).HasMaxLength(2000);
        b.Property(x => x.Audiences).HasMaxLength(40);
        b.Property(x => x.Unit).HasMaxLength(10);
        b.Property(x => x.Measure).HasMaxLength(20);
    }
}

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> b)
    {
        b.ToTable("survey_rounds");
        b.HasKey(x => x.Id);
        b.Property(x => x.OwnerRegion).HasMaxLength(9);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.QuestionnaireId).HasMaxLength(32);
        b.Property(x => x.Audiences).HasMaxLength(40);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Property(x => x.ClosedBy).HasMaxLength(64);
        b.Ignore(x => x.AudienceList);
        b.HasIndex(x => new { x.OwnerRegion, x.From });
    }
}

internal sealed class SurveyLinkConfiguration : IEntityTypeConfiguration<SurveyLink>
{
    public void Configure(EntityTypeBuilder<SurveyLink> b)
    {
        b.ToTable("survey_links");
        b.HasKey(x => x.Id);
        b.Property(x => x.RoundId).HasMaxLength(32);
        b.Property(x => x.SchoolId).HasMaxLength(32);
        b.Property(x => x.Audience).HasMaxLength(10);
        b.Property(x => x.Token).HasMaxLength(32);
        b.HasIndex(x => x.Token).IsUnique();
        b.HasIndex(x => new { x.RoundId, x.SchoolId, x.Audience }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("survey_responses");
        b.HasKey(x => x.Id);
        b.Property(x => x.RoundId).HasMaxLength(32);
        b.Property(x => x.SchoolId).HasMaxLength(32);
        b.Property(x => x.Audience).HasMaxLength(10);
        b.Property(x => x.BrowserKey).HasMaxLength(64);
        // One sheet per browser and round, whatever two requests race.
        b.HasIndex(x => new { x.RoundId, x.BrowserKey }).IsUnique();
        b.HasIndex(x => new { x.RoundId, x.RegionCode, x.SchoolId });
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.ToTable("survey_answers");
        b.HasKey(x => new { x.ResponseId, x.QuestionCode });
        b.Property(x => x.ResponseId).HasMaxLength(32);
        b.Property(x => x.QuestionCode).HasMaxLength(20);
        b.Property(x => x.RoundId).HasMaxLength(32);
        b.Property(x => x.SchoolId).HasMaxLength(32);
        b.Property(x => x.Value).HasMaxLength(1000);
        b.HasIndex(x => new { x.RoundId, x.QuestionCode, x.RegionCode });
    }
}

internal sealed class SurveyProblemConfiguration : IEntityTypeConfiguration<SurveyProblem>
{
    public void Configure(EntityTypeBuilder<SurveyProblem> b)
    {
        b.ToTable("survey_problems");
        b.HasKey(x => new { x.RoundId, x.SchoolId });
        b.Property(x => x.RoundId).HasMaxLength(32);
        b.Property(x => x.SchoolId).HasMaxLength(32);
        b.Property(x => x.ProblemId).HasMaxLength(32);
    }
}
