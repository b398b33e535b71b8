-- A run an administrator withdrew (已撤回): kept, but left out of the trend, of the baselines of later
-- runs and of "the latest run"; who withdrew it, when and why.
ALTER TABLE inspection_run ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE inspection_run ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inspection_run ADD COLUMN withdrawn_reason TEXT;

-- One row that a starting run locks (SELECT ... FOR UPDATE) until it is stored: runs are serialised,
-- so that each takes the run stored before it as its baseline, also across application instances.
CREATE TABLE run_lock (
	id INT PRIMARY KEY
);
INSERT INTO run_lock (id) VALUES (1);
