using Dudao.Core.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Dudao.Data;

/// <summary>
/// Columns every module declares alike, configured once: record ids (Ids.New, 32
/// characters), region codes (9 digits) and the <see cref="IVersioned.Version"/> concurrency token.
/// An entity's own configuration still wins over these.
/// </summary>
internal sealed class CommonColumnsConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entity in modelBuilder.Metadata.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                entity.FindProperty(nameof(IVersioned.Version))?.Builder.IsConcurrencyToken(true);
            foreach (var property in entity.GetDeclaredProperties().Where(p => p.ClrType == typeof(string)))
            {
                var length = property.Name switch
                {
                    "Id" => 32,
                    "RegionCode" => 9,
                    _ => (int?)null,
                };
                if (length is not null) property.Builder.HasMaxLength(length);
            }
        }
    }
}
