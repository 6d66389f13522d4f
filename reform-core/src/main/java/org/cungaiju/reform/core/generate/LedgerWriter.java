package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.core.data.BuiltInData;

/**
 * The work ledger (台账) since the plan was issued on 2022-07-14: for each of the ten key tasks
 * a few progress reports by its responsible departments, moving from not started through in
 * progress to done (or blocked for a while), some with a milestone, some corrected later by an
 * entry that supersedes them. Entries are in date order, so a correction always follows what it
 * corrects.
 */
final class LedgerWriter {
  /** The plan's date of issue; nothing is reported before it. */
  static final LocalDate PLAN_ISSUED = LocalDate.of(2022, 7, 14);

  private static final List<String> BLOCKERS = List.of("用地指标未落实", "专项资金未到位",
      "部门职责待进一步明确", "涉及历史遗留问题需逐宗研判", "群众意见尚未统一");

  /** Figures of the community the evidence notes quote. */
  record Figures(int households, int gridUnits, int dedicatedGrids, int nonHukouPartyMembers,
      long shares, int organizations) {}

  private record Draft(LocalDate date, int order, int task, Department department,
      TaskStatus status, String evidence, Optional<LocalDate> milestone, int supersedes) {}

  private LedgerWriter() {}

  static ImmutableList<LedgerEntry> write(Dice dice, LocalDate asOf, Figures figures) {
    if (asOf.isBefore(PLAN_ISSUED.plusDays(30))) {
      return ImmutableList.of();
    }
    List<Draft> drafts = new ArrayList<>();
    for (KeyTask task : BuiltInData.keyTasks()) {
      LocalDate date = dice.day(PLAN_ISSUED.plusDays(30), min(PLAN_ISSUED.plusYears(1), asOf));
      TaskStatus status = dice.percent(30) ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
      // the plan aims at three to five years: milestones at the middle or end of 2024-2027
      boolean midYear = dice.percent(50);
      Optional<LocalDate> milestone = dice.percent(60)
          ? Optional.of(LocalDate.of(dice.between(2024, 2027), midYear ? 6 : 12, midYear ? 30 : 31))
          : Optional.empty();
      int reports = dice.between(1, 4);
      for (int r = 0; r < reports && !date.isAfter(asOf); r++) {
        Department department = dice.percent(60)
            ? task.leadDepartments().get(0) : dice.pick(task.leadDepartments());
        drafts.add(new Draft(date, drafts.size(), task.number(), department, status,
            evidence(dice, task.number(), status, figures), milestone, -1));
        if (dice.percent(15)) {
          LocalDate corrected = date.plusDays(dice.between(0, 30));
          if (!corrected.isAfter(asOf)) {
            drafts.add(new Draft(corrected, drafts.size(), task.number(), department, status,
                "更正：" + evidence(dice, task.number(), status, figures), milestone,
                drafts.size() - 1));
          }
        }
        status = next(dice, status);
        date = date.plusDays(dice.between(60, 400));
      }
    }
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparing(Draft::date).thenComparingInt(Draft::order));
    String[] ids = new String[drafts.size()];
    for (int i = 0; i < ordered.size(); i++) {
      ids[ordered.get(i).order()] = Ids.of("L", i + 1, 4);
    }
    ImmutableList.Builder<LedgerEntry> out = ImmutableList.builder();
    for (Draft d : ordered) {
      out.add(new LedgerEntry(ids[d.order()], d.date(), d.task(), d.department(), d.status(),
          d.evidence(), d.milestone(),
          d.supersedes() < 0 ? Optional.empty() : Optional.of(ids[d.supersedes()])));
    }
    return out.build();
  }

  private static TaskStatus next(Dice dice, TaskStatus status) {
    return switch (status) {
      case NOT_STARTED -> TaskStatus.IN_PROGRESS;
      case IN_PROGRESS -> dice.percent(45) ? TaskStatus.DONE
          : dice.percent(20) ? TaskStatus.BLOCKED : TaskStatus.IN_PROGRESS;
      case BLOCKED -> TaskStatus.IN_PROGRESS;
      case DONE -> TaskStatus.DONE;
    };
  }

  private static String evidence(Dice dice, int task, TaskStatus status, Figures f) {
    if (status == TaskStatus.NOT_STARTED) {
      return "已制定工作方案并报送，待部署实施";
    }
    if (status == TaskStatus.BLOCKED) {
      return "因" + dice.pick(BLOCKERS) + "，暂缓推进，已提请协调";
    }
    String done = status == TaskStatus.DONE ? "已完成：" : "推进中：";
    return done + switch (task) {
      case 1 -> "社区纳入国土空间总体规划，完成村庄规划与城市规划衔接";
      case 2 -> "社区供水、供电、道路纳入市政统一管护，签订移交协议" + dice.between(2, 9) + "份";
      case 3 -> dice.between(1, 6) + "宗用地完成“三旧”改造标图入库，启动微改造项目"
          + dice.between(1, 4) + "个";
      case 4 -> "社区居民基本医疗保险参保率" + dice.between(95, 99) + "%，按常住人口配置学位";
      case 5 -> "社区党群服务中心运转经费纳入区财政预算，年度拨付" + dice.between(20, 80) + "万元";
      case 6 -> "盘活闲置宅基地" + dice.between(2, 20) + "宗，留用地折算货币方案已报区政府审定";
      case 7 -> f.shares() > 0
          ? "完成股份合作制改革，量化股份" + f.shares() + "股，颁发股权证"
          : "完成" + f.organizations() + "个集体经济组织清产核资，股权设置方案已公示";
      case 8 -> "社区党委书记依法兼任居委会主任和经济联合社负责人，推进政经分开";
      case 9 -> "划分网格单元" + f.gridUnits() + "个、专属网格" + f.dedicatedGrids()
          + "个，覆盖" + f.households() + "户，配置专兼职网格员";
      case 10 -> "吸纳非户籍常住党员" + f.nonHukouPartyMembers() + "名参与社区议事协商";
      default -> "按计划推进";
    };
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
