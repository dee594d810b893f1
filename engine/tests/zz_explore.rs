use samenspel_engine::builtin::builtin;
use samenspel_engine::simulate::simulate;
#[test]
fn explore() {
    let s = builtin("tess").unwrap().unwrap();
    let (_, snaps) = simulate(&s, None, 0, 0).unwrap();
    for snap in &snaps {
        let c = &snap.analysis.coherence;
        println!("{} {:?} score {} sup {} centre {} cross {} clusters {} reg {:?}", snap.label, c.image, c.score, c.supporters, c.centre_share, c.cross_share, c.clusters, c.regisseur);
        for l in &snap.board.links { println!("   {} - {} {:?}", l.from, l.to, l.kind); }
        println!("   tokens: {:?}", snap.board.tokens.iter().map(|t| (&t.id, &t.ring)).collect::<Vec<_>>());
    }
}
