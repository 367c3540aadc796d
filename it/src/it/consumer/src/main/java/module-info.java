/** A user's module that reads, checks and measures a fazhi report. */
module com.example.consumer {
  requires io.github.fazhi;
  requires io.github.fazhi.json;
}
