import Database from 'better-sqlite3';
const db = new Database('/tmp/benchwork-scale/h100k.db', { readonly: true });
db.exec('CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, row)');
for (const sql of ["SELECT term, doc AS docs FROM temp.v WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*'", "SELECT term FROM temp.v WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*'", "SELECT count(*) n FROM temp.v"]) {
  const r0 = process.memoryUsage().rss; let t = process.hrtime.bigint();
  const rows = db.prepare(sql).all();
  console.log(sql.slice(0,40), rows.length, Number(process.hrtime.bigint()-t)/1e6, 'ms', ((process.memoryUsage().rss-r0)/1e6).toFixed(1),'MB');
}
