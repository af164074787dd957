#!/usr/bin/env bash
# A single-node Slurm cluster from Debian's packages, for tests and demos: munge, MariaDB,
# slurmdbd (so that sacct answers), slurmctld and slurmd, with partitions `cpu` (default) and
# `gpu` (one fake GPU declared in gres.conf, backed by /dev/null). Runs as root, no systemd.
#
#   bash tools/slurm-cluster.sh install   # apt-get the daemons (only what is missing)
#   bash tools/slurm-cluster.sh start     # write configs under $VM_SLURM_DIR and start
#   bash tools/slurm-cluster.sh stop      # stop exactly the daemons it started (pid files)
#   bash tools/slurm-cluster.sh env       # print `export SLURM_CONF=...` for clients
#
# Clients (sbatch, sacct, snakemake --profile slurm) must see SLURM_CONF=$VM_SLURM_DIR/slurm.conf.
set -euo pipefail

DIR=${VM_SLURM_DIR:-/tmp/videomind-slurm}
CLUSTER=videomind
ACCOUNT=videomind
HOST=$(hostname -s)
PACKAGES=(munge mariadb-server slurmd slurmctld slurmdbd slurm-client)
export SLURM_CONF="$DIR/slurm.conf"

log() { echo "slurm-cluster: $*" >&2; }

install() {
  local missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2
  shift 2
  for _ in $(seq 1 $((limit * 5))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  log "timed out waiting for $what"
  return 1
}

write_configs() {
  local cpus mem
  # The machine's processors: not nproc, which follows OMP_NUM_THREADS from the caller's env.
  # The node declares four times the machine's processors and memory (config_overrides lets
  # slurmd accept that): the tests' runs share it at once as users share a real cluster, and
  # their jobs use a small part of what the profile asks for (clips 8 GB, asr and ocr 16 GB).
  cpus=$(( $(getconf _NPROCESSORS_ONLN) * ${VM_SLURM_OVERCOMMIT:-4} ))
  mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 * 8 / 10 * ${VM_SLURM_OVERCOMMIT:-4} ))
  mkdir -p "$DIR"/{state,spool,mysql,mysql-run,run}
  cat > "$DIR/slurm.conf" <<CONF
ClusterName=$CLUSTER
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/run/slurmctld.pid
SlurmdPidFile=$DIR/run/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
MpiDefault=none
ReturnToService=2
MinJobAge=300
SchedulerParameters=sched_interval=2
SlurmdParameters=config_overrides
GresTypes=gpu
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
AccountingStorageTRES=gres/gpu
AccountingStoreFlags=job_comment
NodeName=$HOST CPUs=$cpus RealMemory=$mem Gres=gpu:1 State=UNKNOWN
PartitionName=cpu Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
PartitionName=gpu Nodes=$HOST MaxTime=INFINITE State=UP
CONF
  echo "NodeName=$HOST Name=gpu File=/dev/null" > "$DIR/gres.conf"
  cat > "$DIR/slurmdbd.conf" <<CONF
AuthType=auth/munge
DbdHost=localhost
SlurmUser=root
PidFile=$DIR/run/slurmdbd.pid
LogFile=$DIR/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=localhost
StoragePort=0
StorageUser=slurm
StoragePass=videomind-test
StorageLoc=slurm_acct_db
CONF
  chmod 600 "$DIR/slurmdbd.conf"
}

start_munge() {
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  chown munge:munge /run/munge /var/lib/munge /var/log/munge
  [ -s /etc/munge/munge.key ] || { mungekey --create --force 2>/dev/null || /usr/sbin/create-munge-key -f; }
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  if ! munge -n >/dev/null 2>&1; then
    runuser -u munge -- /usr/sbin/munged --pid-file="$DIR/run/munged.pid" --force 2>/dev/null \
      || runuser -u munge -- /usr/sbin/munged --force
    cp /run/munge/munged.pid "$DIR/run/munged.pid" 2>/dev/null || true
  fi
  wait_for 10 munge munge -n
}

start_mariadb() {
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  if [ ! -d "$DIR/mysql/mysql" ]; then
    mariadb-install-db --user=mysql --datadir="$DIR/mysql" --auth-root-authentication-method=socket \
      >"$DIR/mariadb-install.log" 2>&1
  fi
  chown -R mysql:mysql "$DIR/mysql" "$DIR/mysql-run"
  # its own session: a signal to the group of the shell that started it must not stop it
  setsid /usr/sbin/mariadbd --user=mysql --datadir="$DIR/mysql" --socket=/run/mysqld/mysqld.sock \
    --skip-networking --pid-file="$DIR/mysql-run/mariadbd.pid" \
    --log-error="$DIR/mysql-run/mariadb.log" &
  wait_for 30 mariadb mariadb -e "SELECT 1"
  mariadb -e "CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY 'videomind-test';
              GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost'; FLUSH PRIVILEGES;"
}

# The daemons that write their pid files under $DIR, in the order they are stopped.
PIDFILES=("$DIR"/run/{slurmd,slurmctld,slurmdbd}.pid "$DIR/mysql-run/mariadbd.pid")

alive() {  # the daemon of this pid file is running
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

start() {
  local pidfile dead=""
  for pidfile in "${PIDFILES[@]}"; do
    alive "$pidfile" || dead="$dead $(basename "$pidfile" .pid)"
  done
  if [ -z "$dead" ]; then
    log "already running ($DIR)"
    return 0
  fi
  # A cluster left half up (its accounting database killed with the shell that started it):
  # sacct fails, and the slurm executor waits on jobs it cannot see. Start every daemon afresh.
  if alive "$DIR/run/slurmctld.pid"; then
    log "partly running ($DIR; not running:$dead): restarting every daemon"
    stop
  fi
  write_configs
  # Job steps (srun inside a batch job) do not see the submitter's SLURM_CONF: point the default
  # path at our config, unless this machine already has a Slurm configuration of its own.
  mkdir -p /etc/slurm
  for f in slurm.conf gres.conf; do
    if [ ! -e "/etc/slurm/$f" ] || [ "$(readlink "/etc/slurm/$f")" = "$DIR/$f" ]; then
      ln -sfn "$DIR/$f" "/etc/slurm/$f"
    else
      log "warning: /etc/slurm/$f exists and is not ours; job steps will use it"
    fi
  done
  start_munge
  start_mariadb
  /usr/sbin/slurmdbd
  wait_for 30 slurmdbd sacctmgr -n list cluster
  sacctmgr -i add cluster "$CLUSTER" >/dev/null 2>&1 || true
  sacctmgr -i add account "$ACCOUNT" cluster="$CLUSTER" Description=tests Organization=videomind >/dev/null 2>&1 || true
  sacctmgr -i add user "$(id -un)" account="$ACCOUNT" cluster="$CLUSTER" >/dev/null 2>&1 || true
  /usr/sbin/slurmctld
  wait_for 30 slurmctld scontrol ping
  /usr/sbin/slurmd
  wait_for 30 "node $HOST idle" sh -c "sinfo -h -n $HOST -o %t | grep -qE '^(idle|mix|alloc)'"
  log "up: partitions $(sinfo -h -o %P | tr '\n' ' ')(SLURM_CONF=$SLURM_CONF)"
}

stop() {
  for pidfile in "${PIDFILES[@]}" "$DIR/run/munged.pid"; do
    if [ -f "$pidfile" ]; then
      local pid
      pid=$(cat "$pidfile")
      if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$pidfile"
    fi
  done
  # munged runs as user munge and may not have written its pid file under $DIR: find the one
  # started with this cluster's pid-file argument.
  local left
  for left in $(pgrep -f -- "munged --pid-file=$DIR/run/munged.pid" || true); do
    kill "$left" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$left" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$left" 2>/dev/null || true
  done
  for f in slurm.conf gres.conf; do
    [ "$(readlink "/etc/slurm/$f")" = "$DIR/$f" ] && rm -f "/etc/slurm/$f"
  done
  log "stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  env) echo "export SLURM_CONF=$SLURM_CONF" ;;
  *) echo "usage: $0 install|start|stop|env" >&2; exit 2 ;;
esac
