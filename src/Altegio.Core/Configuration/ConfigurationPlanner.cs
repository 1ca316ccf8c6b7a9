namespace Altegio.Configuration
{
    /// <summary>What planning read from one location. A list is null when its section is not managed (and so was not read).</summary>
    internal sealed class LocationState
    {
        public LocationState(long companyId)
        {
            CompanyId = companyId;
        }

        public long CompanyId { get; }

        public IReadOnlyList<Tag>? Tags { get; set; }

        public IReadOnlyList<Position>? Positions { get; set; }

        public IReadOnlyList<TeamMember>? ActiveMembers { get; set; }

        /// <summary>Read only when a member of the file is not among the active ones, to hire them again rather than create a twin.</summary>
        public IReadOnlyList<TeamMember>? DismissedMembers { get; set; }
    }

    /// <summary>The plan for one location, and what applying it learns on the way (the ids of positions it creates).</summary>
    internal sealed class ConfigurationPlan
    {
        public ConfigurationPlan(long companyId, IReadOnlyList<ConfigurationChange> changes, Dictionary<string, long> positionIds)
        {
            CompanyId = companyId;
            Changes = changes;
            PositionIds = positionIds;
        }

        public long CompanyId { get; }

        /// <summary>Every step in the order it is applied, including NoChange entries.</summary>
        public IReadOnlyList<ConfigurationChange> Changes { get; }

        /// <summary>The changes a sync makes (no NoChange entries).</summary>
        public IEnumerable<ConfigurationChange> Pending => Changes.Where(c => c.Action != ConfigurationAction.NoChange);

        /// <summary>Position natural key to id in this location; creates add to it so team members can name new positions.</summary>
        public Dictionary<string, long> PositionIds { get; }
    }

    /// <summary>
    /// Turns a desired state and a location's current state into an ordered plan. Pure: no I/O, so every
    /// decision is testable on plain objects. The order is: positions created or changed, tags created or
    /// changed, team members created or changed, then (with prune) team members dismissed, tags removed and
    /// positions removed last, after the members that held them have gone.
    /// </summary>
    internal static class ConfigurationPlanner
    {
        /// <summary>The reason a team member's position difference cannot be synced.</summary>
        public const string PositionNotChangeable =
            "The API cannot move an existing team member to another position (the team-member update has no position field); change it in the Altegio web app.";

        /// <summary>True when some member of the file is not among the active ones, so the dismissed list must be read too.</summary>
        public static bool NeedsDismissedMembers(DesiredConfiguration desired, IReadOnlyList<TeamMember> active)
        {
            if (desired.TeamMembers is not { Count: > 0 } wanted)
            {
                return false;
            }

            var keys = new HashSet<string>(active.Select(m => NaturalKeys.TeamMember(m.Name, m.Specialization)), StringComparer.Ordinal);
            return wanted.Any(m => !keys.Contains(m.Key));
        }

        public static ConfigurationPlan Plan(DesiredConfiguration desired, LocationState state, bool prune)
        {
            var companyId = state.CompanyId;
            var positions = state.Positions ?? Array.Empty<Position>();
            var positionIds = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var position in positions.OrderBy(p => p.Id))
            {
                if (!positionIds.ContainsKey(NaturalKeys.Position(position.Title)))
                {
                    positionIds[NaturalKeys.Position(position.Title)] = position.Id;
                }
            }

            var upserts = new List<ConfigurationChange>();
            var removals = new List<ConfigurationChange>();
            var positionRemovals = new List<ConfigurationChange>();
            var plannedPositions = new HashSet<string>(positionIds.Keys, StringComparer.Ordinal);
            if (desired.Positions != null)
            {
                PlanPositions(companyId, desired.Positions, positions, prune, upserts, positionRemovals);
                plannedPositions.UnionWith(desired.Positions.Select(p => p.Key));
            }

            var tagRemovals = new List<ConfigurationChange>();
            if (desired.Tags != null)
            {
                PlanTags(companyId, desired.Tags, state.Tags ?? Array.Empty<Tag>(), prune, upserts, tagRemovals);
            }

            if (desired.TeamMembers != null)
            {
                var titles = positions.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Title);
                PlanMembers(companyId, desired.TeamMembers, state.ActiveMembers ?? Array.Empty<TeamMember>(),
                    state.DismissedMembers ?? Array.Empty<TeamMember>(), titles, plannedPositions, prune, upserts, removals);
            }

            removals.AddRange(tagRemovals);
            removals.AddRange(positionRemovals);
            upserts.AddRange(removals);
            return new ConfigurationPlan(companyId, upserts, positionIds);
        }

        private static void PlanPositions(long companyId, IReadOnlyList<DesiredPosition> wanted, IReadOnlyList<Position> actual, bool prune,
            List<ConfigurationChange> upserts, List<ConfigurationChange> removals)
        {
            var (byKey, extras) = Match(actual, p => NaturalKeys.Position(p.Title), p => p.Id);
            foreach (var want in wanted.OrderBy(p => p.Title, TextOrder.Instance))
            {
                if (byKey.TryGetValue(want.Key, out var have))
                {
                    byKey.Remove(want.Key);
                    var changes = new List<ConfigurationPropertyChange>();
                    Differ(changes, "Title", have.Title, want.Title);
                    if (want.Description != null)
                    {
                        Differ(changes, "Description", have.Description ?? string.Empty, want.Description, emptyAsNone: true);
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.Position, want.Title, Updated(changes), have.Id, changes)
                    {
                        DesiredPosition = want,
                        CurrentDescription = have.Description,
                    });
                }
                else
                {
                    var changes = new List<ConfigurationPropertyChange> { new ConfigurationPropertyChange("Title", null, want.Title) };
                    if (!string.IsNullOrEmpty(want.Description))
                    {
                        changes.Add(new ConfigurationPropertyChange("Description", null, want.Description));
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.Position, want.Title, ConfigurationAction.Create, null, changes)
                    {
                        DesiredPosition = want,
                    });
                }
            }

            if (prune)
            {
                foreach (var gone in byKey.Values.Concat(extras).OrderBy(p => p.Title, TextOrder.Instance).ThenBy(p => p.Id))
                {
                    removals.Add(new ConfigurationChange(companyId, ConfigurationResource.Position, gone.Title, ConfigurationAction.Remove, gone.Id,
                        new[] { new ConfigurationPropertyChange("Title", gone.Title, null) }));
                }
            }
        }

        private static void PlanTags(long companyId, IReadOnlyList<DesiredTag> wanted, IReadOnlyList<Tag> actual, bool prune,
            List<ConfigurationChange> upserts, List<ConfigurationChange> removals)
        {
            var (byKey, extras) = Match(actual.Where(t => !t.IsDeleted), t => NaturalKeys.Tag(t.Entity, t.Title), t => t.Id);
            foreach (var want in wanted.OrderBy(t => t.Entity).ThenBy(t => t.Title, TextOrder.Instance))
            {
                if (byKey.TryGetValue(want.Key, out var have))
                {
                    byKey.Remove(want.Key);
                    var changes = new List<ConfigurationPropertyChange>();
                    Differ(changes, "Title", have.Title, want.Title);
                    if (!string.Equals(have.Color, want.Color, StringComparison.OrdinalIgnoreCase))
                    {
                        changes.Add(new ConfigurationPropertyChange("Color", have.Color, want.Color));
                    }

                    if (want.Icon != null)
                    {
                        Differ(changes, "Icon", have.Icon ?? string.Empty, want.Icon, emptyAsNone: true);
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.Tag, want.DisplayKey, Updated(changes), have.Id, changes)
                    {
                        DesiredTag = want,
                    });
                }
                else
                {
                    var changes = new List<ConfigurationPropertyChange>
                    {
                        new ConfigurationPropertyChange("Title", null, want.Title),
                        new ConfigurationPropertyChange("Entity", null, want.Entity.ToString()),
                        new ConfigurationPropertyChange("Color", null, want.Color),
                    };
                    if (!string.IsNullOrEmpty(want.Icon))
                    {
                        changes.Add(new ConfigurationPropertyChange("Icon", null, want.Icon));
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.Tag, want.DisplayKey, ConfigurationAction.Create, null, changes)
                    {
                        DesiredTag = want,
                    });
                }
            }

            if (prune)
            {
                // System tags (not editable) are the API's own: never removed, as the API would refuse anyway.
                foreach (var gone in byKey.Values.Concat(extras).Where(t => t.IsEditable)
                    .OrderBy(t => t.Entity).ThenBy(t => t.Title, TextOrder.Instance).ThenBy(t => t.Id))
                {
                    removals.Add(new ConfigurationChange(companyId, ConfigurationResource.Tag, NaturalKeys.TagDisplay(gone.Entity, gone.Title),
                        ConfigurationAction.Remove, gone.Id, new[] { new ConfigurationPropertyChange("Color", gone.Color, null) }));
                }
            }
        }

        private static void PlanMembers(long companyId, IReadOnlyList<DesiredTeamMember> wanted, IReadOnlyList<TeamMember> active,
            IReadOnlyList<TeamMember> dismissed, Dictionary<long, string> positionTitles, HashSet<string> plannedPositions, bool prune,
            List<ConfigurationChange> upserts, List<ConfigurationChange> removals)
        {
            var (activeByKey, extras) = Match(active, m => NaturalKeys.TeamMember(m.Name, m.Specialization), m => m.Id);
            var (dismissedByKey, _) = Match(dismissed, m => NaturalKeys.TeamMember(m.Name, m.Specialization), m => m.Id);
            foreach (var want in wanted.OrderBy(m => m.Name, TextOrder.Instance).ThenBy(m => m.Specialization, TextOrder.Instance))
            {
                var missingPosition = want.Position != null && !plannedPositions.Contains(NaturalKeys.Position(want.Position))
                    ? "The position '" + want.Position + "' does not exist in location " + companyId.ToString(CultureInfo.InvariantCulture)
                      + " and the file's Positions section does not create it."
                    : null;
                var isActive = activeByKey.TryGetValue(want.Key, out var have);
                if (isActive || dismissedByKey.TryGetValue(want.Key, out have))
                {
                    activeByKey.Remove(want.Key);
                    var changes = new List<ConfigurationPropertyChange>();
                    Differ(changes, "Name", have!.Name, want.Name);
                    Differ(changes, "Specialization", have.Specialization ?? string.Empty, want.Specialization);
                    if (!isActive)
                    {
                        changes.Add(new ConfigurationPropertyChange("Dismissed", true, false));
                    }

                    string? reason = null;
                    if (want.Position != null)
                    {
                        var current = have.PositionId is long pid && positionTitles.TryGetValue(pid, out var title) ? title : have.PositionTitle;
                        if (!string.Equals(NaturalKeys.Position(current), NaturalKeys.Position(want.Position), StringComparison.Ordinal))
                        {
                            changes.Add(new ConfigurationPropertyChange("Position", current, want.Position));
                            reason = PositionNotChangeable;
                        }
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.TeamMember, want.DisplayKey, Updated(changes), have.Id, changes)
                    {
                        DesiredTeamMember = want,
                        NotApplicableReason = reason,
                    });
                }
                else
                {
                    var changes = new List<ConfigurationPropertyChange>
                    {
                        new ConfigurationPropertyChange("Name", null, want.Name),
                        new ConfigurationPropertyChange("Specialization", null, want.Specialization),
                    };
                    if (want.Position != null)
                    {
                        changes.Add(new ConfigurationPropertyChange("Position", null, want.Position));
                    }

                    upserts.Add(new ConfigurationChange(companyId, ConfigurationResource.TeamMember, want.DisplayKey, ConfigurationAction.Create, null, changes)
                    {
                        DesiredTeamMember = want,
                        NotApplicableReason = missingPosition,
                    });
                }
            }

            if (prune)
            {
                // Team members are dismissed, never deleted: their history (appointments, payroll) stays.
                foreach (var gone in activeByKey.Values.Concat(extras).OrderBy(m => m.Name, TextOrder.Instance).ThenBy(m => m.Id))
                {
                    removals.Add(new ConfigurationChange(companyId, ConfigurationResource.TeamMember, NaturalKeys.TeamMemberDisplay(gone.Name, gone.Specialization),
                        ConfigurationAction.Dismiss, gone.Id, new[] { new ConfigurationPropertyChange("Dismissed", false, true) }));
                }
            }
        }

        /// <summary>
        /// Indexes a location's items by natural key. When the location holds the same key twice, the oldest
        /// (lowest id) is the match and the others are extras, which only -Prune touches.
        /// </summary>
        internal static (Dictionary<string, T> ByKey, List<T> Extras) Match<T>(IEnumerable<T> items, Func<T, string> key, Func<T, long> id)
        {
            var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
            var extras = new List<T>();
            foreach (var item in items.OrderBy(id))
            {
                if (byKey.ContainsKey(key(item)))
                {
                    extras.Add(item);
                }
                else
                {
                    byKey[key(item)] = item;
                }
            }

            return (byKey, extras);
        }

        private static void Differ(List<ConfigurationPropertyChange> changes, string name, string before, string after, bool emptyAsNone = false)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(emptyAsNone
                    ? new ConfigurationPropertyChange(name, before.Length == 0 ? null : before, after.Length == 0 ? null : after)
                    : new ConfigurationPropertyChange(name, before, after));
            }
        }

        private static ConfigurationAction Updated(List<ConfigurationPropertyChange> changes) =>
            changes.Count == 0 ? ConfigurationAction.NoChange : ConfigurationAction.Update;
    }

    /// <summary>The one text order of plans and exported files: case-insensitive, ties broken by ordinal, culture-independent.</summary>
    internal sealed class TextOrder : IComparer<string?>
    {
        public static readonly TextOrder Instance = new TextOrder();

        public int Compare(string? x, string? y)
        {
            var order = StringComparer.OrdinalIgnoreCase.Compare(x, y);
            return order != 0 ? order : StringComparer.Ordinal.Compare(x, y);
        }
    }
}
