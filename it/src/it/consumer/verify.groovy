// The program ran twice (class path, then module path) and printed the same figures each time: 9 of 11 reconsideration cases accepted,
// 81.8% (9/11 = 81.81...%, one decimal half-up), and no ERROR finding for this consistent report.
def log = new File(basedir, 'build.log').text
def figures = 'report 440205/2019, 0 errors, reconsideration acceptance rate 9/11 = 81.8%'
assert log.contains('fazhi-consumer on the class path: ' + figures)
assert log.contains('fazhi-consumer on the module path (io.github.fazhi): ' + figures)
return true
