package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.qualification.QualificationPolicy;

/** Keeps each project's pipeline set-up in Active Objects: the pipeline row and its stages, mapping and checklists. */
public class AoPipelineDirectory implements PipelineDirectory {

    /** What the gate-stage column holds for a pipeline without a qualification gate (never a stage key). */
    static final String NO_GATE = "-";


    private final ActiveObjects ao;

    private final Map<String, ReadConfig> readConfigs = new ConcurrentHashMap<>();

    public AoPipelineDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Reads the pipeline row and, only when its version changed since the last read on this node, its stages,
     * mapping and checklists: every save bumps the version, so a set-up saved on another node is read afresh.
     */
    @Override
    public Optional<PipelineConfig> find(String projectKey) {
        return ao.executeInTransaction(() -> row(projectKey).map(row -> {
            ReadConfig cached = readConfigs.get(projectKey);
            if (cached != null && cached.pipelineId() == row.getID() && cached.version() == row.getConfigVersion()) {
                return cached.config();
            }
            PipelineConfig config = read(row);
            readConfigs.put(projectKey, new ReadConfig(row.getID(), row.getConfigVersion(), config));
            return config;
        }));
    }

    @Override
    public List<PipelineConfig> all() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(PipelineEntity.class, "ID > ?", 0))
                .sorted(Comparator.comparing(PipelineEntity::getProjectKey))
                .map(this::read)
                .toList());
    }

    @Override
    public void save(PipelineConfig config) {
        ao.executeInTransaction(() -> {
            PipelineEntity row = row(config.projectKey()).orElseGet(() -> ao.create(PipelineEntity.class,
                    new DBParam("PROJECT_KEY", config.projectKey()), new DBParam("NAME", config.pipeline().name()),
                    new DBParam("CURRENCY", config.pipeline().currency())));
            row.setName(config.pipeline().name());
            row.setCurrency(config.pipeline().currency());
            row.setBantThreshold(config.policy().threshold());
            row.setMandatoryCriteria(config.policy().mandatory().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
            row.setGateStage(config.policy().gate().orElse(NO_GATE));
            row.setTimeZone(config.calendar().zoneId());
            row.setFiscalYearStart(config.calendar().fiscalYearStart().getValue());
            row.setConfigVersion(row.getConfigVersion() + 1);
            row.save();
            deleteChildren(row.getID());
            PipelineConfigRows.write(ao, row.getID(), config);
            return null;
        });
    }

    @Override
    public void delete(String projectKey) {
        ao.executeInTransaction(() -> {
            row(projectKey).ifPresent(row -> {
                deleteChildren(row.getID());
                ao.delete(row);
            });
            return null;
        });
    }

    private Optional<PipelineEntity> row(String projectKey) {
        return Arrays.stream(ao.find(PipelineEntity.class, "PROJECT_KEY = ?", projectKey)).findFirst();
    }

    private void deleteChildren(int pipelineId) {
        ao.deleteWithSQL(StageEntity.class, "PIPELINE_ID = ?", pipelineId);
        ao.deleteWithSQL(StatusMappingEntity.class, "PIPELINE_ID = ?", pipelineId);
        ao.deleteWithSQL(ChecklistItemEntity.class, "PIPELINE_ID = ?", pipelineId);
    }

    private PipelineConfig read(PipelineEntity row) {
        List<Stage> stages = Arrays.stream(ao.find(StageEntity.class, "PIPELINE_ID = ?", row.getID()))
                .sorted(Comparator.comparingInt(StageEntity::getOrdinal))
                .map(s -> new Stage(s.getStageKey(), s.getName(), s.getProbability(), s.getRotDays(),
                        s.getGuidance(), s.getExitCriteria()))
                .toList();
        ChecklistTemplates checklists = ChecklistTemplates.none();
        for (ChecklistTemplate template : PipelineConfigRows.checklists(ao, row.getID())) {
            checklists = checklists.with(template);
        }
        return new PipelineConfig(
                new org.salespipeline.pipeline.Pipeline(row.getProjectKey(), row.getName(), row.getCurrency(), stages),
                PipelineConfigRows.mapping(ao, row.getID()),
                new QualificationPolicy(row.getBantThreshold(), criteria(row.getMandatoryCriteria()),
                        gateStage(row.getGateStage(), stages)),
                checklists, FiscalCalendar.of(row.getTimeZone(), row.getFiscalYearStart()));
    }

    /** The stored gate, if the pipeline still has that stage; rows from before gates were named keep Qualification. */
    private static String gateStage(String stored, List<Stage> stages) {
        String key = stored == null ? QualificationPolicy.TEMPLATE_GATE_STAGE : stored;
        return stages.stream().anyMatch(stage -> stage.key().equals(key)) ? key : null;
    }

    private static Set<BantCriterion> criteria(String names) {
        Set<BantCriterion> criteria = EnumSet.noneOf(BantCriterion.class);
        if (names != null) {
            Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(BantCriterion::valueOf).forEach(criteria::add);
        }
        return criteria;
    }

    /** A set-up as read at one version of its pipeline row. */
    private record ReadConfig(int pipelineId, long version, PipelineConfig config) {
    }
}
